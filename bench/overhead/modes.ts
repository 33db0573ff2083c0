/** One way of running the stack that the benchmark compares. */
export interface BenchMode {
  id: 'disabled' | 'unmetered' | 'recording' | 'full';
  /** What the mode means, for the table's legend. */
  label: string;
  /** Environment for every process; empty means exactly `npm start`'s defaults. */
  env: Record<string, string>;
  /** Whether spans reach the viewer, so they can be counted and their arrival timed. */
  exports: boolean;
}

/**
 * The modes, the baseline first: ratios in the table are against it. `unmetered` and `recording`
 * differ only in metrics (the default Prometheus reader and the HTTP histograms), so the pair
 * gives what metrics cost.
 */
export const BENCH_MODES: readonly BenchMode[] = [
  {
    id: 'disabled',
    label: 'OTEL_SDK_DISABLED=true: no SDK, every tracing call a no-op',
    env: { OTEL_SDK_DISABLED: 'true' },
    exports: false,
  },
  {
    id: 'unmetered',
    label: 'OTEL_TRACES_EXPORTER=none OTEL_METRICS_EXPORTER=none: spans recorded, no metrics',
    env: { OTEL_TRACES_EXPORTER: 'none', OTEL_METRICS_EXPORTER: 'none' },
    exports: false,
  },
  {
    id: 'recording',
    label: 'OTEL_TRACES_EXPORTER=none: spans created and ended, never exported',
    env: { OTEL_TRACES_EXPORTER: 'none' },
    exports: false,
  },
  {
    id: 'full',
    label: "npm start's defaults: every span exported to the built-in viewer",
    env: {},
    exports: true,
  },
];

/** Round `round`'s order: the modes rotated by one each round, so drift hits each mode alike. */
export function modesForRound(round: number): BenchMode[] {
  const shift = round % BENCH_MODES.length;
  return [...BENCH_MODES.slice(shift), ...BENCH_MODES.slice(0, shift)];
}
