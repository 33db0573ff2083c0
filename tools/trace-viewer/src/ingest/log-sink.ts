import type { LogBatch } from '../model/log-batch';

/** Injection token of the {@link LogSink} the OTLP receiver writes log records to. */
export const LOG_SINK = Symbol('LOG_SINK');

/** Where decoded log records go: the viewer binds it to its log store, as it binds SpanSink. */
export interface LogSink {
  add(batch: LogBatch): void;
}
