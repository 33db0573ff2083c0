import type { LogBatch } from '../model/log-batch';
import type { StoredLogRecord } from '../model/stored-log-record';
import { FifoQueue } from './fifo-queue';

/** Limits of a {@link LogStore}. */
export interface LogStoreLimits {
  maxRecords: number;
  retentionMs: number;
}

/** One trace's records in arrival order, and the same records grouped by span. */
interface TraceLogs {
  readonly records: FifoQueue<StoredLogRecord>;
  readonly bySpan: Map<string, FifoQueue<StoredLogRecord>>;
}

/** Records that arrived in one request: retention counts from when they arrived. */
interface Arrival {
  readonly atMs: number;
  left: number;
}

const byTime = (a: StoredLogRecord, b: StoredLogRecord) => a.timeUs - b.timeUs;

/**
 * In-memory log record storage bounded by a record budget and an age, oldest arrival leaving
 * first. Records are indexed by trace and span id, so a span panel's lines are found without a
 * scan; records outside any trace are kept (and counted) but indexed nowhere.
 */
export class LogStore {
  private readonly records = new FifoQueue<StoredLogRecord>();
  private readonly arrivals = new FifoQueue<Arrival>();
  private readonly traces = new Map<string, TraceLogs>();

  constructor(private readonly limits: LogStoreLimits) {}

  get recordCount(): number {
    return this.records.length;
  }

  /** Adds decoded records, then enforces the limits. */
  add(batch: LogBatch, nowMs = Date.now()): void {
    if (batch.records.length === 0) return;
    this.arrivals.push({ atMs: nowMs, left: batch.records.length });
    for (const record of batch.records) {
      this.records.push(record);
      if (record.traceId) this.index(record);
    }
    this.evict(nowMs);
  }

  /** Drops records that arrived longer ago than the retention; also called from a timer. */
  evictExpired(nowMs = Date.now()): void {
    this.evict(nowMs);
  }

  /** A trace's records ordered by time, records of equal time in arrival order. */
  forTrace(traceId: string): StoredLogRecord[] {
    return this.traces.get(traceId)?.records.toArray().sort(byTime) ?? [];
  }

  /** One span's records, ordered as {@link forTrace} orders them. */
  forSpan(traceId: string, spanId: string): StoredLogRecord[] {
    return this.traces.get(traceId)?.bySpan.get(spanId)?.toArray().sort(byTime) ?? [];
  }

  private index(record: StoredLogRecord): void {
    let trace = this.traces.get(record.traceId);
    if (!trace) {
      trace = { records: new FifoQueue(), bySpan: new Map() };
      this.traces.set(record.traceId, trace);
    }
    trace.records.push(record);
    if (!record.spanId) return;
    let span = trace.bySpan.get(record.spanId);
    if (!span) {
      span = new FifoQueue();
      trace.bySpan.set(record.spanId, span);
    }
    span.push(record);
  }

  private evict(nowMs: number): void {
    const oldestAllowed = nowMs - this.limits.retentionMs;
    for (let oldest = this.arrivals.peek(); oldest; oldest = this.arrivals.peek()) {
      if (this.records.length <= this.limits.maxRecords && oldest.atMs >= oldestAllowed) break;
      this.removeOldest(oldest);
    }
  }

  private removeOldest(arrival: Arrival): void {
    if (--arrival.left === 0) this.arrivals.shift();
    const record = this.records.shift()!;
    if (!record.traceId) return;
    // The store's oldest record is also the oldest of its trace and of its span.
    const trace = this.traces.get(record.traceId)!;
    trace.records.shift();
    if (trace.records.length === 0) {
      this.traces.delete(record.traceId);
      return;
    }
    if (!record.spanId) return;
    const span = trace.bySpan.get(record.spanId)!;
    span.shift();
    if (span.length === 0) trace.bySpan.delete(record.spanId);
  }
}
