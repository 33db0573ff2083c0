import type { SpanKind } from '@opentelemetry/api';
import type { SpanBatch } from '../model/span-batch';
import { StoredTrace } from '../model/stored-trace';
import type { TraceSearch } from './trace-search';

/** Limits of a {@link TraceStore}. */
export interface TraceStoreLimits {
  maxSpans: number;
  retentionMs: number;
}

export type TraceListener = (trace: StoredTrace) => void;

/** The span kinds seen for an operation; undefined stands for spans of unspecified kind. */
export type OperationKinds = ReadonlySet<SpanKind | undefined>;

/**
 * In-memory trace storage bounded by a span budget and an age: whole traces leave oldest first.
 * Traces sit in a Map in first-seen order, which makes "oldest" the first key; secondary orders
 * (all traces, per service) are arrays with lazy deletion so a search can walk newest first.
 */
export class TraceStore {
  private readonly traces = new Map<string, StoredTrace>();
  private allOrder: StoredTrace[] = [];
  private readonly serviceOrder = new Map<string, StoredTrace[]>();
  private readonly operations = new Map<string, Map<string, Set<SpanKind | undefined>>>();
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
  add(batch: SpanBatch, nowMs = Date.now()): void {
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

  /** Operation names of a service with the span kinds seen for each. */
  operationsOf(service: string): ReadonlyMap<string, OperationKinds> {
    return this.operations.get(service) ?? new Map<string, OperationKinds>();
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
  search(search: TraceSearch): StoredTrace[] {
    const found: StoredTrace[] = [];
    for (const trace of this.newestFirst(search.service)) {
      if (found.length >= search.limit) break;
      if (search.startMinUs !== undefined && trace.maxStartUs < search.startMinUs) continue;
      if (search.startMaxUs !== undefined && trace.minStartUs > search.startMaxUs) continue;
      if (trace.spans.some((span) => search.spanMatches(span))) found.push(trace);
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

  private recordOperation(service: string, operation: string, kind: SpanKind | undefined): void {
    let ops = this.operations.get(service);
    if (!ops) {
      ops = new Map();
      this.operations.set(service, ops);
    }
    let kinds = ops.get(operation);
    if (!kinds) {
      kinds = new Set();
      ops.set(operation, kinds);
    }
    kinds.add(kind);
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
