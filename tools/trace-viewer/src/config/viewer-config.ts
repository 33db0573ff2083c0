import type { LogLevel } from '@nestjs/common';
import { parseGoDurationMicros } from '@tools/trace-model';
import { validateEnv } from '@app/service-kit/config';
import { ViewerEnv } from './viewer.env';

/** What startViewer needs, from ViewerEnv. */
export interface ViewerConfig {
  host: string;
  otlpPort: number;
  jaegerPort: number;
  queryPort: number;
  maxSpans: number;
  maxLogRecords: number;
  retentionMs: number;
  maxBodyBytes: number;
  /** The least severe level written: Nest's start-up lines are `debug`. */
  logLevel: LogLevel;
}

/** Reads and validates the TRACE_VIEWER_* variables; throws naming every bad one. */
export function loadViewerConfig(env: Record<string, unknown>): ViewerConfig {
  // An empty variable counts as unset: `TRACE_VIEWER_OTLP_PORT=` must not mean port 0 (any port).
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const settings = validateEnv(ViewerEnv)(given);
  return {
    host: settings.TRACE_VIEWER_HOST,
    otlpPort: settings.TRACE_VIEWER_OTLP_PORT,
    jaegerPort: settings.TRACE_VIEWER_JAEGER_PORT,
    queryPort: settings.TRACE_VIEWER_QUERY_PORT,
    maxSpans: settings.TRACE_VIEWER_MAX_SPANS,
    maxLogRecords: settings.TRACE_VIEWER_MAX_LOG_RECORDS,
    // Validated as a positive duration above.
    retentionMs: parseGoDurationMicros(settings.TRACE_VIEWER_RETENTION)! / 1000,
    maxBodyBytes: settings.TRACE_VIEWER_MAX_BODY_BYTES,
    logLevel: settings.LOG_LEVEL,
  };
}

/** The settings with no variable set. */
export const DEFAULT_VIEWER_CONFIG: ViewerConfig = loadViewerConfig({});
