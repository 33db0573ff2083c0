import { LoadRecorder, NO_RESPONSE } from './load-recorder';
import { LOAD_SCENARIOS } from './load-scenarios';

const scenario = (key: string) => LOAD_SCENARIOS.find((candidate) => candidate.key === key)!;

describe(LoadRecorder.name, () => {
  it('counts a 404/409 meant by its scenario apart from a real failure', () => {
    const recorder = new LoadRecorder();
    recorder.record({
      scenario: scenario('get-user'),
      traceId: 'a',
      latencyMicros: 1_000,
      status: 200,
    });
    recorder.record({
      scenario: scenario('unknown-user'),
      traceId: 'b',
      latencyMicros: 2_000,
      status: 404,
    });
    recorder.record({
      scenario: scenario('out-of-stock'),
      traceId: 'c',
      latencyMicros: 3_000,
      status: 409,
    });
    // An order that met an empty shelf: the 409 is not what create-order is for.
    recorder.record({
      scenario: scenario('create-order'),
      traceId: 'd',
      latencyMicros: 4_000,
      status: 409,
    });
    recorder.record({
      scenario: scenario('get-user'),
      traceId: 'e',
      latencyMicros: 10_000_000,
      error: 'GET /users/123 timed out',
    });

    expect({ ok: recorder.ok, meant: recorder.meantToFail, failed: recorder.failed }).toEqual({
      ok: 1,
      meant: 2,
      failed: 2,
    });
    expect(recorder.statuses).toEqual({ '200': 1, '404': 1, '409': 2, [NO_RESPONSE]: 1 });
    expect(recorder.scenarios['get-user']).toEqual({
      sent: 2,
      ok: 1,
      meantToFail: 0,
      failed: 1,
      statuses: { '200': 1, [NO_RESPONSE]: 1 },
    });
    expect(recorder.failures).toEqual([
      { scenario: 'create-order', traceId: 'd', latencyMs: 4, status: 409 },
      { scenario: 'get-user', traceId: 'e', latencyMs: 10_000, error: 'GET /users/123 timed out' },
    ]);
  });

  it('keeps the five slowest, slowest first, and the first ten failures', () => {
    const recorder = new LoadRecorder();
    for (let index = 0; index < 20; index++) {
      recorder.record({
        scenario: scenario('get-order'),
        traceId: `t${index}`,
        latencyMicros: ((index * 7) % 20) * 1_000,
        status: 502,
      });
    }
    expect(recorder.slowest.map(({ latencyMs }) => latencyMs)).toEqual([19, 18, 17, 16, 15]);
    expect(recorder.failures.map(({ traceId }) => traceId)).toEqual(
      Array.from({ length: 10 }, (_, index) => `t${index}`),
    );
    expect(recorder.failed).toBe(20);
  });
});
