import type { StoredSpan } from './stored-span';

/** All spans received so far for one trace id, joined across processes and batches. */
export class StoredTrace {
  readonly spans: StoredSpan[] = [];
  minStartUs = Number.POSITIVE_INFINITY;
  maxStartUs = Number.NEGATIVE_INFINITY;
  maxEndUs = Number.NEGATIVE_INFINITY;
  /** Service names seen in this trace, in arrival order (shared strings). */
  readonly services: string[] = [];
  evicted = false;

  constructor(
    readonly traceId: string,
    /** Wall-clock ms when the first span arrived; retention counts from here. */
    readonly firstSeenMs: number,
  ) {}

  add(span: StoredSpan): void {
    this.spans.push(span);
    if (span.startUs < this.minStartUs) this.minStartUs = span.startUs;
    if (span.startUs > this.maxStartUs) this.maxStartUs = span.startUs;
    const end = span.startUs + span.durationUs;
    if (end > this.maxEndUs) this.maxEndUs = end;
  }
}
