import type { LogBatch } from '../model/log-batch';
import type { ModelInterner } from '../model/model-interner';
import type { SpanBatch } from '../model/span-batch';

/** Injection token of the {@link IngestPort} the ingest controllers decode with and write to. */
export const INGEST_PORT = Symbol('INGEST_PORT');

/**
 * What ingest needs from the rest of the viewer: where decoded spans and log records go, and the
 * interner they are decoded with. Ingest knows only this port; the viewer binds it to its stores,
 * so ingest and store stay independent layers.
 */
export interface IngestPort {
  spans: { add(batch: SpanBatch): void };
  logs: { add(batch: LogBatch): void };
  interner: ModelInterner;
}
