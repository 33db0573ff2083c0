/** One way of running the stack that the benchmark compares. */
export interface BenchMode {
  id: 'disabled' | 'quiet' | 'unmetered' | 'recording' | 'exported' | 'full';
  /** What the mode means, for the table's legend. */
  label: string;
  /** Environment for every process; empty means exactly `npm start`'s defaults. */
  env: Record<string, string>;
  /** Whether spans reach the viewer, so they can be counted and their arrival timed. */
  exports: boolean;
}

/**
 * The modes, the baseline first: ratios in the table are against it. Each mode adds one signal
 * to the one before, so neighbours give what that signal costs: `unmetered` records spans (and
 * stamps log lines with their ids), `recording` adds metrics (the Prometheus reader and the HTTP
 * histograms), `exported` sends every span to a viewer, `full` also sends every log line as an
 * OTLP log record. Every mode but `quiet` writes a JSON log line per request to stdout, so
 * `quiet` against `disabled` gives what writing those lines costs.
 */
export const BENCH_MODES: readonly BenchMode[] = [
  {
    id: 'disabled',
    label: 'OTEL_SDK_DISABLED=true: no SDK, every tracing call a no-op',
    env: { OTEL_SDK_DISABLED: 'true' },
    exports: false,
  },
  {
    id: 'quiet',
    label: 'OTEL_SDK_DISABLED=true LOG_LEVEL=warn: as disabled, without the JSON line per request',
    env: { OTEL_SDK_DISABLED: 'true', LOG_LEVEL: 'warn' },
    exports: false,
  },
  {
    id: 'unmetered',
    label:
      'OTEL_TRACES_EXPORTER=none OTEL_METRICS_EXPORTER=none OTEL_LOGS_EXPORTER=none: spans recorded, nothing exported',
    env: {
      OTEL_TRACES_EXPORTER: 'none',
      OTEL_METRICS_EXPORTER: 'none',
      OTEL_LOGS_EXPORTER: 'none',
    },
    exports: false,
  },
  {
    id: 'recording',
    label: 'OTEL_TRACES_EXPORTER=none OTEL_LOGS_EXPORTER=none: spans recorded, metrics on',
    env: { OTEL_TRACES_EXPORTER: 'none', OTEL_LOGS_EXPORTER: 'none' },
    exports: false,
  },
  {
    id: 'exported',
    label: 'OTEL_LOGS_EXPORTER=none: every span exported to a viewer of its own, log records not',
    env: { OTEL_LOGS_EXPORTER: 'none' },
    exports: true,
  },
  {
    id: 'full',
    label: "npm start's defaults: every span and every log line exported to the built-in viewer",
    env: {},
    exports: true,
  },
];

/** Round `round`'s order: the modes rotated by one each round, so drift hits each mode alike. */
export function modesForRound(round: number): BenchMode[] {
  const shift = round % BENCH_MODES.length;
  return [...BENCH_MODES.slice(shift), ...BENCH_MODES.slice(0, shift)];
}
