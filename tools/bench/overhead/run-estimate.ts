import type { BenchOptions } from './bench-options';

/** What one slice costs beyond its counted time: the lead-in, the pause and resume around it. */
const SLICE_OVERHEAD_MS = 1_000 + 250 + 400;
/** Starting one stack, roughly, on the 2-core machine the project is measured on. */
const START_MS = 8_000;

/** Roughly how long a run with `options` takes, in whole minutes, for the opening line. */
export function estimatedMinutes(options: BenchOptions): number {
  const modes = options.modes.length;
  const exporting = options.modes.some((mode) => mode.exports);
  const perScenario =
    modes * (options.warmupMs + SLICE_OVERHEAD_MS) +
    options.rounds * modes * (options.saturationMs + SLICE_OVERHEAD_MS) +
    options.rounds * modes * (options.latencyMs + SLICE_OVERHEAD_MS) +
    (exporting ? 3 * options.settleMs + options.freshnessMs : 0);
  return Math.ceil((modes * START_MS + options.scenarios.length * perScenario) / 60_000);
}
