import { parseLoadArgs } from './load-args';
import { progressLine, summaryLines } from './load-report';
import { type LoadSummary, unitsToRestock } from './load-run';
import { LOAD_SCENARIOS } from './load-scenarios';
import { WeightedMix } from './weighted-mix';

const SUMMARY: LoadSummary = {
  target: { baseUrl: 'http://localhost:8000', rate: 50, durationMs: 60_000, mix: {} },
  restock: {
    status: 'failed',
    reason: 'POST http://127.0.0.1:9004/inventory/restock answered 404',
  },
  warmup: { durationMs: 10_000, withoutOrders: true, sent: 313, failed: 2 },
  window: { sinceMs: 1_800_000_000_000, untilMs: 1_800_000_060_000 },
  sent: 3,
  achievedRate: 49.9,
  sendLagP99Ms: 1.2,
  unfinished: 0,
  ok: 1,
  meantToFail: 1,
  failed: 1,
  statuses: { '200': 1, '404': 1, '502': 1 },
  scenarios: {
    'get-user': { sent: 2, ok: 1, meantToFail: 0, failed: 1, statuses: { '200': 1, '502': 1 } },
    'unknown-user': { sent: 1, ok: 0, meantToFail: 1, failed: 0, statuses: { '404': 1 } },
  },
  latencyMs: { p50: 5.1, p95: 20, p99: 31.5, max: 31.5 },
  slowest: [{ scenario: 'get-user', traceId: 'a'.repeat(32), latencyMs: 31.5, status: 502 }],
  failures: [{ scenario: 'get-user', traceId: 'a'.repeat(32), latencyMs: 31.5, status: 502 }],
};

describe(summaryLines.name, () => {
  it('prints counts, latency, per-scenario rows and the traces of slow and failed requests', () => {
    expect(summaryLines(SUMMARY, 'http://localhost:16686')).toEqual([
      'Load on http://localhost:8000: 50/s for 60.0s',
      'restock: FAILED, POST http://127.0.0.1:9004/inventory/restock answered 404. The run goes on ' +
        'with the stock there is: once it is gone, orders answer 409 and count as failures.',
      'warm-up: 10.0s ramping up to 50/s, 313 requests not counted, 2 of them failed, no orders ' +
        'among them (no stock was added) (--no-warmup skips it)',
      'sent 3 at 49.9/s (target 50/s; the sender ran at most 1.2 ms late at p99)',
      'answers: 200: 1, 404: 1, 502: 1',
      "ok 1, meant to fail 1 (the error scenarios' 404/409), failed 1",
      'latency from intended send time: p50 5.1 ms, p95 20.0 ms, p99 31.5 ms, max 31.5 ms',
      '',
      'per scenario:',
      '  scenario      sent  ok  meant to fail  failed  statuses',
      '  get-user         2   1              0       1  200:1 502:1',
      '  unknown-user     1   0              1       0  404:1',
      '',
      'slowest:',
      `      31.5 ms  get-user      HTTP 502  http://localhost:16686/trace/${'a'.repeat(32)}`,
      '',
      'failed (first 1 of 1):',
      `      31.5 ms  get-user      HTTP 502  http://localhost:16686/trace/${'a'.repeat(32)}`,
      '',
      'stats of this run: http://localhost:16686/stats?since=1800000000000&until=1800000060000&sort=p99',
    ]);
  });

  it('says when the run had no warm-up', () => {
    expect(summaryLines({ ...SUMMARY, warmup: undefined }, 'http://localhost:16686')[2]).toBe(
      'warm-up: none: a cold stack answers its first seconds slowly',
    );
  });

  it('draws a progress line with the rate so far', () => {
    expect(
      progressLine({ elapsedMs: 2_000, sent: 101, settled: 98, failed: 1, meantToFail: 20 }),
    ).toBe('2.0s  sent 101  rate 50.0/s  in flight 3  failed 1  meant to fail 20');
  });
});

describe(unitsToRestock.name, () => {
  it('restocks what the orders of the whole run take, plus a margin', () => {
    const options = parseLoadArgs(['--rate=50', '--duration=60s']);
    const mix = new WeightedMix(
      LOAD_SCENARIOS.map((item) => ({ item, weight: options.mix.get(item.key) ?? 0 })),
    );
    // 3000 requests and at most 500 in the 10 s warm-up, a fifth of them orders of one unit of
    // product 1: 700 * 1.1 + 10.
    expect(unitsToRestock(options, mix)).toEqual(new Map([[1, 780]]));
    const cold = parseLoadArgs(['--rate=50', '--duration=60s', '--no-warmup']);
    expect(unitsToRestock(cold, mix)).toEqual(new Map([[1, 670]]));
  });
});
