import parseDuration from 'parse-duration';

/**
 * Go's `time.ParseDuration` syntax, which Jaeger's query parameters use: an optional sign, then
 * one or more decimal numbers each with a unit (ns, us, µs, μs, ms, s, m, h), or a bare 0.
 * parse-duration reads more than that (bare numbers, spaces, days), so the syntax is checked first.
 */
export const GO_DURATION_PATTERN = /^[-+]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

/** Microseconds in a Go-syntax duration ("1h30m", "1.5s", "300ms"), truncated as Jaeger does; null if invalid. */
export function parseGoDurationMicros(text: string): number | null {
  if (!GO_DURATION_PATTERN.test(text)) return null;
  const nanos = parseDuration(text, 'ns');
  return nanos === null ? null : Math.trunc(Math.round(nanos) / 1000);
}
