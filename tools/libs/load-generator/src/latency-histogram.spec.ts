import { LatencyHistogram } from './latency-histogram';

describe(LatencyHistogram.name, () => {
  it('reports percentiles in microseconds, within 0.1%', () => {
    const histogram = new LatencyHistogram();
    for (let micros = 1; micros <= 10_000; micros++) histogram.recordMicros(micros);

    const summary = histogram.summary();
    expect(summary.count).toBe(10_000);
    expect(summary.p50).toBeGreaterThanOrEqual(4_995);
    expect(summary.p50).toBeLessThanOrEqual(5_005);
    expect(summary.p99).toBeGreaterThanOrEqual(9_890);
    expect(summary.p99).toBeLessThanOrEqual(9_910);
    expect(summary.max).toBeGreaterThanOrEqual(10_000);
    expect(summary.max).toBeLessThanOrEqual(10_010);
  });

  it('converts nanoseconds and pools histograms', () => {
    const first = new LatencyHistogram();
    const second = new LatencyHistogram();
    first.recordNanos(1_500_000n);
    second.recordMicros(3_000);
    first.add(second);
    expect(first.count).toBe(2);
    expect(first.percentile(0)).toBe(1_500);
    expect(first.summary().max).toBe(3_000);
  });

  it('summarises an empty histogram as zeros', () => {
    expect(new LatencyHistogram().summary()).toEqual({
      count: 0,
      mean: 0,
      p50: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      p999: 0,
      max: 0,
    });
  });
});
