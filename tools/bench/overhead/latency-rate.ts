import type { BenchMode } from './modes';

/** The fixed arrival rate of a scenario's latency slices, and the peak it was taken from. */
export interface LatencyRate {
  /** Requests per second. */
  rate: number;
  fraction: number;
  /** The mode with the lowest saturation throughput, and that throughput. */
  slowest: BenchMode['id'];
  peak: number;
}

/** A mode's saturation result: 2xx responses counted over the rounds' windows. */
interface Saturated {
  mode: BenchMode['id'];
  saturation: { ok: number; windowMs: number };
}

/**
 * `fraction` of the slowest mode's peak: every mode then runs well below its own limit, so its
 * latency is its work on each request, not time spent queued behind others.
 */
export function latencyRate(runs: readonly Saturated[], fraction: number): LatencyRate {
  const peaks = runs.map(({ mode, saturation }) => ({
    mode,
    peak: saturation.windowMs > 0 ? (saturation.ok * 1000) / saturation.windowMs : 0,
  }));
  const slowest = peaks.reduce((low, candidate) => (candidate.peak < low.peak ? candidate : low));
  if (!(slowest.peak > 0)) throw new Error(`${slowest.mode} answered nothing at saturation`);
  return { rate: slowest.peak * fraction, fraction, slowest: slowest.mode, peak: slowest.peak };
}
