import { DecodedBatch } from './decoded-batch';
import { ModelInterner } from './model-interner';
import { spanMatches } from './span-matcher';
import { StoredTrace } from './stored-trace';
import { TraceSearchQuery } from './trace-search-query';

/** Limits of a {@link TraceStore}. */
export interface TraceStoreLimits {
  maxSpans: number;
  retentionMs: number;
}

export type TraceListener = (trace: StoredTrace) => void;

/**
 * In-memory trace storage bounded by a span budget and an age: whole traces leave oldest first.
 * Traces sit in a Map in first-seen order, which makes "oldest" the first key; secondary orders
 * (all traces, per service) are arrays with lazy deletion so a search can walk newest first.
 */
export class TraceStore {
  readonly interner = new ModelInterner();
  private readonly traces = new Map<string, StoredTrace>();
  private allOrder: StoredTrace[] = [];
  private readonly serviceOrder = new Map<string, StoredTrace[]>();
  private readonly operations = new Map<string, Map<string, number>>();
  private readonly listeners = new Set<TraceListener>();
  private deadEntries = 0;
  private storedSpans = 0;

  constructor(private readonly limits: TraceStoreLimits) {}

  get spanCount(): number {
    return this.storedSpans;
  }

  get traceCount(): number {
    return this.traces.size;
  }

  /** Adds decoded spans, joining them to traces already stored, then enforces the limits. */
  add(batch: DecodedBatch, nowMs = Date.now()): void {
    const touched = new Set<StoredTrace>();
    for (let i = 0; i < batch.spans.length; i++) {
      const traceId = batch.traceIds[i];
      const span = batch.spans[i];
      let trace = this.traces.get(traceId);
      if (!trace) {
        trace = new StoredTrace(traceId, nowMs);
        this.traces.set(traceId, trace);
        this.allOrder.push(trace);
      }
      trace.add(span);
      this.storedSpans++;
      const service = span.process.serviceName;
      if (!trace.services.includes(service)) {
        trace.services.push(service);
        let order = this.serviceOrder.get(service);
        if (!order) {
          order = [];
          this.serviceOrder.set(service, order);
        }
        order.push(trace);
      }
      this.recordOperation(service, span.operationName, span.kind);
      touched.add(trace);
    }
    this.evict(nowMs);
    for (const trace of touched) {
      if (!trace.evicted) for (const listener of this.listeners) listener(trace);
    }
  }

  /** Drops traces first seen longer ago than the retention; also called from a timer. */
  evictExpired(nowMs = Date.now()): void {
    this.evict(nowMs);
  }

  get(traceId: string): StoredTrace | undefined {
    return this.traces.get(traceId);
  }

  services(): string[] {
    return [...this.operations.keys()].sort();
  }

  /** Operation names of a service with the span kinds seen for each (bit n set = kind n). */
  operationsOf(service: string): Map<string, number> {
    return this.operations.get(service) ?? new Map<string, number>();
  }

  /** Traces newest first (by arrival), optionally only those with spans from `service`. */
  *newestFirst(service?: string): Generator<StoredTrace> {
    const order = service === undefined ? this.allOrder : this.serviceOrder.get(service);
    if (!order) return;
    for (let i = order.length - 1; i >= 0; i--) {
      const trace = order[i];
      if (!trace.evicted) yield trace;
    }
  }

  /** Finds traces with at least one span matching the query, newest first. */
  search(query: TraceSearchQuery): StoredTrace[] {
    const found: StoredTrace[] = [];
    for (const trace of this.newestFirst(query.service)) {
      if (found.length >= query.limit) break;
      if (query.startMinUs !== undefined && trace.maxStartUs < query.startMinUs) continue;
      if (query.startMaxUs !== undefined && trace.minStartUs > query.startMaxUs) continue;
      if (trace.spans.some((span) => spanMatches(span, query))) found.push(trace);
    }
    return found;
  }

  /** Subscribes to traces that received spans; returns the unsubscribe function. */
  onTraceUpdated(listener: TraceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private recordOperation(service: string, operation: string, kind: number): void {
    let ops = this.operations.get(service);
    if (!ops) {
      ops = new Map();
      this.operations.set(service, ops);
    }
    ops.set(operation, (ops.get(operation) ?? 0) | (1 << kind));
  }

  private evict(nowMs: number): void {
    const oldestAllowed = nowMs - this.limits.retentionMs;
    for (const trace of this.traces.values()) {
      const overBudget = this.storedSpans > this.limits.maxSpans;
      if (!overBudget && trace.firstSeenMs >= oldestAllowed) break;
      this.remove(trace);
    }
    if (this.deadEntries > 1024 && this.deadEntries > this.traces.size) this.compactIndexes();
  }

  private remove(trace: StoredTrace): void {
    this.traces.delete(trace.traceId);
    trace.evicted = true;
    this.storedSpans -= trace.spans.length;
    this.deadEntries++;
  }

  private compactIndexes(): void {
    this.allOrder = this.allOrder.filter((trace) => !trace.evicted);
    for (const [service, order] of this.serviceOrder) {
      this.serviceOrder.set(
        service,
        order.filter((trace) => !trace.evicted),
      );
    }
    this.deadEntries = 0;
  }
}
