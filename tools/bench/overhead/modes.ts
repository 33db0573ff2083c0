/** One way of running the five services that the benchmark compares. */
export interface BenchMode {
  id: 'floor' | 'disabled' | 'quiet' | 'unmetered' | 'recording' | 'exported' | 'full';
  /** What the mode means, for the table's legend. */
  label: string;
  /** Environment for every process; empty means exactly `npm start`'s defaults. */
  env: Record<string, string>;
  /** Whether spans reach the viewer, so they can be counted and their arrival timed. */
  exports: boolean;
  /** Runs the floor's plain Nest apps (bench/overhead/floor) instead of the project's. */
  floor?: true;
}

/** The two modes every other is compared with; they are measured in every run. */
export const BASELINE_MODES = ['floor', 'disabled'] as const;
export type BaselineMode = (typeof BASELINE_MODES)[number];

/**
 * The modes, the baselines first: every figure is compared with both. `floor` is what the same
 * hops cost as plain Nest controllers (the same SQL on PGlite, axios between them, nothing else),
 * so `disabled` against it is what this project's libraries cost before any tracing. From
 * `disabled` on, each mode adds one signal to the one before, so neighbours give what that signal
 * costs: `unmetered` records spans (and
 * stamps log lines with their ids), `recording` adds metrics (the Prometheus reader and the HTTP
 * histograms), `exported` sends every span to a viewer, `full` also sends every log line as an
 * OTLP log record. Every mode but `quiet` writes a JSON log line per request to stdout, so
 * `quiet` against `disabled` gives what writing those lines costs.
 */
export const BENCH_MODES: readonly BenchMode[] = [
  {
    id: 'floor',
    label:
      'plain Nest controllers, the same hops, the same SQL on PGlite, axios between them: no logger, no SDK, no pipes, guards, interceptors or admin listener',
    env: {},
    exports: false,
    floor: true,
  },
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
export function modesForRound<T>(modes: readonly T[], round: number): T[] {
  const shift = round % modes.length;
  return [...modes.slice(shift), ...modes.slice(0, shift)];
}
