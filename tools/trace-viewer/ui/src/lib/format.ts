/** Formats a duration in microseconds the way a reader wants it: µs, ms or s. */
export function formatDuration(micros: number): string {
  if (!Number.isFinite(micros)) return '–';
  if (micros < 1000) return `${Math.round(micros)}µs`;
  if (micros < 1_000_000) return `${trim(micros / 1000)}ms`;
  return `${trim(micros / 1_000_000)}s`;
}

/** Formats milliseconds (stats latencies) with the same units as formatDuration. */
export function formatMillis(ms: number): string {
  return formatDuration(ms * 1000);
}

function trim(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** Formats a µs epoch timestamp as a local date and time with milliseconds. */
export function formatTimestamp(micros: number): string {
  const date = new Date(micros / 1000);
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.` +
    pad(date.getMilliseconds(), 3)
  );
}

/** Formats an epoch time in ms as a local clock time, `14:03:21`. */
export function formatClock(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Says how long ago a µs epoch timestamp was ("12s ago"), relative to nowMs. */
export function formatAgo(micros: number, nowMs: number = Date.now()): string {
  const seconds = Math.max(0, Math.round((nowMs - micros / 1000) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86_400)}d ago`;
}

/** Formats a 0..1 ratio as a percentage with one decimal when it is small. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  const pct = ratio * 100;
  return pct === 0 || pct >= 10 ? `${pct.toFixed(0)}%` : `${pct.toFixed(1)}%`;
}

/** Formats a request rate: per second, or per minute when under one every ten seconds. */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return '–';
  if (perSecond === 0) return '0/s';
  if (perSecond < 0.1) {
    const perMinute = perSecond * 60;
    return `${perMinute >= 1 ? perMinute.toFixed(1) : perMinute.toFixed(3)}/min`;
  }
  return `${perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2)}/s`;
}
