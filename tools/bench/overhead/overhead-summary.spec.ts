import { modeRun } from './bench-fixtures';
import { compare, summariseScenario } from './overhead-summary';
import { BENCH_SCENARIOS } from './scenarios';

const GET_USER = BENCH_SCENARIOS[0];

const floor = modeRun({
  mode: 'floor',
  perRound: [1000, 800],
  cpuPerRequest: { 'api-gateway': 500, 'user-service': 500, 'database-service': 1000 },
  latencies: [4_000],
});
const disabled = modeRun({
  mode: 'disabled',
  perRound: [600, 600],
  cpuPerRequest: { 'api-gateway': 1000, 'user-service': 1000, 'database-service': 1000 },
  latencies: [5_000],
});
const full = modeRun({
  mode: 'full',
  perRound: [400, 500],
  cpuPerRequest: {
    'api-gateway': 2000,
    'user-service': 2000,
    'database-service': 2000,
    'trace-viewer': 600,
  },
  latencies: [9_000],
});

describe(compare.name, () => {
  it('gives pooled and per-round throughput ratios, CPU ratios and latency added per hop', () => {
    const vsFloor = compare(full, floor, 2);

    expect(vsFloor.throughput).toBeCloseTo(900 / 1800);
    expect(vsFloor.throughputRange).toEqual([0.4, 0.625]);
    expect(vsFloor.cpu).toBeCloseTo(6600 / 2000);
    expect(vsFloor.cpuByProcess).toEqual({
      'api-gateway': 4,
      'user-service': 4,
      'database-service': 2,
      // The floor has no viewer: no ratio rather than an infinite one.
      'trace-viewer': undefined,
    });
    expect(vsFloor.addedPerHop.p50).toBeCloseTo((9_000 - 4_000) / 2, -1);
  });
});

describe(summariseScenario.name, () => {
  it('compares every mode with the floor and with disabled', () => {
    const rate = { rate: 112.5, fraction: 0.25, slowest: 'full' as const, peak: 450 };
    const summary = summariseScenario(GET_USER, { runs: [floor, disabled, full], rate });

    expect(summary.rate).toBe(rate);
    expect(
      summary.modes.map(({ mode, throughput, vs }) => [
        mode,
        throughput,
        Number(vs.floor.throughput.toFixed(3)),
        Number(vs.disabled.throughput.toFixed(3)),
      ]),
    ).toEqual([
      ['floor', 900, 1, 1.5],
      ['disabled', 600, 0.667, 1],
      ['full', 450, 0.5, 0.75],
    ]);
    expect(summary.modes[2].cpuPerRequest).toBe(6600);
    expect(summary.modes[2].vs.disabled.cpu).toBeCloseTo(2.2);
  });

  it('refuses a run without a baseline', () => {
    const rate = { rate: 1, fraction: 0.25, slowest: 'full' as const, peak: 4 };

    expect(() => summariseScenario(GET_USER, { runs: [disabled, full], rate })).toThrow(
      'GET /users/123: baseline mode floor was not measured',
    );
  });
});
