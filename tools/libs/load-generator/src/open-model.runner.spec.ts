import { type RequestOutcome, runOpenModel } from './open-model.runner';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(runOpenModel.name, () => {
  it('sends every scheduled request even when none has answered yet (no coordinated omission)', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const result = await runOpenModel({
      ratePerSecond: 200,
      durationMs: 100,
      send: async () => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await delay(150);
        inFlight--;
      },
    });

    expect(result.sent).toBe(20);
    expect(result.completed).toBe(20);
    expect(mostInFlight).toBe(20);
    // Each answer took 150 ms from its due time at least, less what the test can't control: Node's
    // timers count whole milliseconds and may fire up to 1 ms early by the monotonic clock.
    expect(result.latency.percentile(0)).toBeGreaterThanOrEqual(149_000);
  });

  it('counts failures apart from latencies and reports each outcome', async () => {
    const outcomes: RequestOutcome<number>[] = [];
    const result = await runOpenModel({
      ratePerSecond: 1000,
      durationMs: 10,
      send: (index) => (index % 2 ? Promise.reject(new Error('no')) : Promise.resolve(index)),
      onSettled: (outcome) => outcomes.push(outcome),
    });

    expect(result).toMatchObject({ sent: 10, completed: 5, failed: 5, unfinished: 0 });
    expect(result.latency.count).toBe(5);
    expect(outcomes.filter((outcome) => outcome.ok).map((outcome) => outcome.index)).toEqual([
      0, 2, 4, 6, 8,
    ]);
  });

  it('stops scheduling when aborted and leaves a request that never answers unfinished', async () => {
    const stop = new AbortController();
    const result = await runOpenModel({
      ratePerSecond: 1000,
      durationMs: 60_000,
      drainTimeoutMs: 50,
      signal: stop.signal,
      send: (index) => {
        if (index === 2) stop.abort();
        return index === 0 ? new Promise<never>(() => undefined) : Promise.resolve();
      },
    });

    expect(result.sent).toBe(3);
    expect(result.unfinished).toBe(1);
  });
});
