import { parseGoDurationMicros } from './go-duration';

/** Settings of the trace viewer, read once at start-up. */
export interface ViewerConfig {
  host: string;
  otlpPort: number;
  jaegerPort: number;
  queryPort: number;
  maxSpans: number;
  retentionMicros: number;
  maxBodyBytes: number;
}

export const DEFAULT_VIEWER_CONFIG: ViewerConfig = {
  host: '127.0.0.1',
  otlpPort: 4318,
  jaegerPort: 14268,
  queryPort: 16686,
  maxSpans: 1_000_000,
  retentionMicros: 3_600_000_000,
  maxBodyBytes: 16 * 1024 * 1024,
};

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, errors: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    errors.push(`${name} must be an integer >= ${min} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function readPort(env: Env, name: string, fallback: number, errors: string[]): number {
  const port = readInt(env, name, fallback, 0, errors);
  if (port > 65535) errors.push(`${name} must be a port number 0-65535 (got "${env[name]}")`);
  return port;
}

/** Reads and validates the viewer's TRACE_VIEWER_* variables; throws naming every bad one. */
export function loadViewerConfig(env: Env): ViewerConfig {
  const errors: string[] = [];
  const host = env.TRACE_VIEWER_HOST?.trim() || DEFAULT_VIEWER_CONFIG.host;
  const retentionRaw = env.TRACE_VIEWER_RETENTION;
  let retentionMicros = DEFAULT_VIEWER_CONFIG.retentionMicros;
  if (retentionRaw !== undefined && retentionRaw !== '') {
    const parsed = parseGoDurationMicros(retentionRaw);
    if (parsed === null || parsed <= 0) {
      errors.push(
        `TRACE_VIEWER_RETENTION must be a positive Go duration like 1h or 30m (got "${retentionRaw}")`,
      );
    } else {
      retentionMicros = parsed;
    }
  }
  const config: ViewerConfig = {
    host,
    otlpPort: readPort(env, 'TRACE_VIEWER_OTLP_PORT', DEFAULT_VIEWER_CONFIG.otlpPort, errors),
    jaegerPort: readPort(env, 'TRACE_VIEWER_JAEGER_PORT', DEFAULT_VIEWER_CONFIG.jaegerPort, errors),
    queryPort: readPort(env, 'TRACE_VIEWER_QUERY_PORT', DEFAULT_VIEWER_CONFIG.queryPort, errors),
    maxSpans: readInt(env, 'TRACE_VIEWER_MAX_SPANS', DEFAULT_VIEWER_CONFIG.maxSpans, 1, errors),
    retentionMicros,
    maxBodyBytes: readInt(
      env,
      'TRACE_VIEWER_MAX_BODY_BYTES',
      DEFAULT_VIEWER_CONFIG.maxBodyBytes,
      1,
      errors,
    ),
  };
  if (errors.length > 0) {
    throw new Error(`Invalid trace viewer configuration:\n  - ${errors.join('\n  - ')}`);
  }
  return config;
}
