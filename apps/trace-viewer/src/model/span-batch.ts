import type { StoredSpan } from './stored-span';

/** Spans decoded from one ingest request, with their trace ids in a parallel array. */
export class SpanBatch {
  readonly traceIds: string[] = [];
  readonly spans: StoredSpan[] = [];
  rejected = 0;
  readonly rejectReasons = new Set<string>();

  push(traceId: string, span: StoredSpan): void {
    this.traceIds.push(traceId);
    this.spans.push(span);
  }

  reject(reason: string): void {
    this.rejected++;
    this.rejectReasons.add(reason);
  }
}
