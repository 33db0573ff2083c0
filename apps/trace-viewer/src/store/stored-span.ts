import { AttrList } from './attr-list';
import { ProcessInfo, ScopeInfo } from './process-info';

/** Where a span came from: OTLP spans get Jaeger's synthetic tags at read time, Thrift ones not. */
export const SpanOrigin = { Otlp: 0, JaegerThrift: 1 } as const;

/** Span reference types as Jaeger names them. */
export const RefType = { ChildOf: 0, FollowsFrom: 1 } as const;

/** A span event (OTLP) or log (Jaeger); the name is empty for Jaeger logs. */
export interface StoredEvent {
  timeUs: number;
  name: string;
  attrs: AttrList;
  droppedAttrs: number;
}

/** An OTLP link or a Jaeger reference other than the parent. */
export interface StoredLink {
  traceId: string;
  spanId: string;
  traceState: string;
  refType: number;
  attrs: AttrList;
  droppedAttrs: number;
}

/**
 * One stored span. Strings that repeat (names, keys, processes, scopes) are shared instances from
 * the store's interners, so a span costs little more than its own ids, times and attribute values.
 */
export class StoredSpan {
  constructor(
    public readonly spanId: string,
    public readonly parentSpanId: string,
    public readonly operationName: string,
    public readonly process: ProcessInfo,
    public readonly scope: ScopeInfo | null,
    /** OTLP SpanKind number: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
    public readonly kind: number,
    public readonly startUs: number,
    public readonly durationUs: number,
    public readonly flags: number,
    /** OTLP status code: 0 unset, 1 ok, 2 error (Thrift spans: 2 when tagged error=true). */
    public readonly statusCode: number,
    public readonly statusMessage: string,
    public readonly traceState: string,
    public readonly attrs: AttrList,
    public readonly events: StoredEvent[] | null,
    public readonly links: StoredLink[] | null,
    public readonly droppedAttrs: number,
    public readonly droppedEvents: number,
    public readonly droppedLinks: number,
    public readonly origin: number,
  ) {}
}
