import { LatencyHistogram } from '@tools/load-generator';
import type { ModeRun } from './scenario-run';

/** What a test says of one mode's run; the rest is derived. */
export interface RunFixture {
  mode: ModeRun['mode'];
  /** Each round's req/s, over 1 s windows. */
  perRound: number[];
  /** CPU µs per request at saturation, by process. */
  cpuPerRequest: Record<string, number>;
  /** Every latency sample at the fixed rate, µs. */
  latencies: number[];
  rate?: number;
}

/** A ModeRun as runScenario would have measured it, from figures a test can check by hand. */
export function modeRun({
  mode,
  perRound,
  cpuPerRequest,
  latencies,
  rate = 10,
}: RunFixture): ModeRun {
  const ok = perRound.reduce((sum, value) => sum + value, 0);
  const histogram = new LatencyHistogram();
  for (const micros of latencies) histogram.recordMicros(micros);
  const cpu = Object.fromEntries(
    Object.entries(cpuPerRequest).map(([app, micros]) => [app, micros * ok]),
  );
  return {
    mode,
    saturation: { ok, windowMs: perRound.length * 1000, perRound, cpu, requests: ok },
    latency: { rate, histogram, cpu, requests: ok },
  };
}
