import type { SpanBatch } from '../model/span-batch';

/** Injection token of the {@link SpanSink} the ingest controllers write to. */
export const SPAN_SINK = Symbol('SPAN_SINK');

/**
 * Where decoded spans go. Ingest knows only this port; the viewer binds it to its trace store, so
 * ingest and store stay independent layers (LogSink is its twin for log records).
 */
export interface SpanSink {
  add(batch: SpanBatch): void;
}
