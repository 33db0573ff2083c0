import { IngestBatch } from './ingest-batch';
import type { StoredSpan } from './stored-span';

/** Spans decoded from one ingest request, with their trace ids in a parallel array. */
export class SpanBatch extends IngestBatch {
  readonly traceIds: string[] = [];
  readonly spans: StoredSpan[] = [];

  push(traceId: string, span: StoredSpan): void {
    this.traceIds.push(traceId);
    this.spans.push(span);
  }
}
