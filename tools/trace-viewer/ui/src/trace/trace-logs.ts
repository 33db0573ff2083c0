import type { LogRecord } from '../api/api.types';

/**
 * A trace's log records grouped by the span they were written in, each group in the server's
 * order (time, then arrival). Records with no span are in no group: no span panel shows them.
 */
export class TraceLogs {
  private readonly bySpan = new Map<string, LogRecord[]>();

  /** `error` says why the records could not be fetched (the trace itself still shows). */
  constructor(
    records: LogRecord[],
    readonly error?: string,
  ) {
    for (const record of records) {
      if (!record.spanId) continue;
      const group = this.bySpan.get(record.spanId);
      if (group) group.push(record);
      else this.bySpan.set(record.spanId, [record]);
    }
  }

  /** The records written inside one span. */
  forSpan(spanId: string): readonly LogRecord[] {
    return this.bySpan.get(spanId) ?? [];
  }
}
