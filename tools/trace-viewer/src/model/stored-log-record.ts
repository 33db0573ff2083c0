import type { AttrList } from './attr-list';
import type { ProcessInfo } from './process-info';

/**
 * One stored OTLP log record. Like a stored span it shares what repeats (the process, attribute
 * keys, short values, severity texts, short bodies) through the store's interner. Decoders build
 * it as one object literal with every field, in this order, so all records share a shape.
 */
export interface StoredLogRecord {
  /** '' for a record written outside any trace (start-up lines, for instance). */
  readonly traceId: string;
  /** '' when the record names no span. */
  readonly spanId: string;
  /** When it happened (time_unix_nano, else observed_time_unix_nano), in µs since the epoch. */
  readonly timeUs: number;
  /** OTLP SeverityNumber: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal. */
  readonly severityNumber: number;
  /** The level as the logger named it (pino: `info`, `warn`...). */
  readonly severityText: string;
  /** The message; a structured body is kept as its JSON text. */
  readonly body: string;
  readonly attrs: AttrList;
  /** The resource that wrote it: its service name and other resource attributes. */
  readonly process: ProcessInfo;
  /** W3C trace flags of the span it was written in. */
  readonly flags: number;
}
