import type { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { AttrList } from './attr-list';
import type { ProcessInfo, ScopeInfo } from './process-info';

/** Where a span came from: OTLP spans get Jaeger's synthetic tags at read time, Thrift ones not. */
export const SpanOrigin = { Otlp: 0, JaegerThrift: 1 } as const;
export type SpanOriginCode = (typeof SpanOrigin)[keyof typeof SpanOrigin];

/** Span reference types as Jaeger names them. */
export const RefType = { ChildOf: 0, FollowsFrom: 1 } as const;
export type RefTypeCode = (typeof RefType)[keyof typeof RefType];

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
  refType: RefTypeCode;
  attrs: AttrList;
  droppedAttrs: number;
}

/**
 * One stored span. Strings that repeat (names, keys, processes, scopes) are shared instances from
 * the store's interners, so a span costs little more than its own ids, times and attribute values.
 * Decoders build it as one object literal with every field, in this order, so all spans share a
 * shape.
 */
export interface StoredSpan {
  readonly spanId: string;
  /** '' for a root span. */
  readonly parentSpanId: string;
  readonly operationName: string;
  readonly process: ProcessInfo;
  readonly scope: ScopeInfo | null;
  /** undefined when the sender left the kind unspecified (OTLP kind 0, Thrift without span.kind). */
  readonly kind: SpanKind | undefined;
  readonly startUs: number;
  readonly durationUs: number;
  readonly flags: number;
  /** Thrift spans: ERROR when tagged error=true, else UNSET. */
  readonly statusCode: SpanStatusCode;
  readonly statusMessage: string;
  readonly traceState: string;
  readonly attrs: AttrList;
  readonly events: StoredEvent[] | null;
  readonly links: StoredLink[] | null;
  readonly droppedAttrs: number;
  readonly droppedEvents: number;
  readonly droppedLinks: number;
  readonly origin: SpanOriginCode;
}
