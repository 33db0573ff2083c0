import type { LogRecord } from '../api/api.types';

/** The six levels of the OpenTelemetry log data model, lowest first. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A record's level for display. SeverityNumber comes in ranges of four per level (1-4 trace ...
 * 21-24 fatal, log data model §Field: SeverityNumber); a record without one falls back on its
 * severity text when that names a level (pino's labels do), else counts as info.
 */
export function logLevelOf(record: Pick<LogRecord, 'severityNumber' | 'severityText'>): LogLevel {
  const { severityNumber } = record;
  if (severityNumber >= 1 && severityNumber <= 24) return LOG_LEVELS[(severityNumber - 1) >> 2];
  const text = record.severityText.toLowerCase();
  if (text === 'warning') return 'warn';
  return (LOG_LEVELS as readonly string[]).includes(text) ? (text as LogLevel) : 'info';
}
