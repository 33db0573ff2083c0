import { latencyRate } from './latency-rate';

const saturated = (mode: 'floor' | 'disabled' | 'full', ok: number, windowMs: number) => ({
  mode,
  saturation: { ok, windowMs },
});

describe(latencyRate.name, () => {
  it('takes the fraction of the slowest mode’s pooled peak and names that mode', () => {
    const rate = latencyRate(
      [
        saturated('floor', 9_000, 10_000),
        saturated('disabled', 6_000, 10_000),
        saturated('full', 3_000, 12_000),
      ],
      0.25,
    );

    expect(rate).toEqual({ rate: 62.5, fraction: 0.25, slowest: 'full', peak: 250 });
  });

  it('refuses a mode that answered nothing, rather than measuring latency at 0 req/s', () => {
    expect(() =>
      latencyRate([saturated('floor', 100, 1_000), saturated('full', 0, 1_000)], 0.25),
    ).toThrow('full answered nothing at saturation');
  });
});
