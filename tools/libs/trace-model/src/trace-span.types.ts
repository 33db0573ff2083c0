/** Span kinds as OpenTelemetry names them, lower-cased the way Jaeger's `span.kind` tag spells them. */
export type SpanKindName = 'server' | 'client' | 'internal' | 'producer' | 'consumer';

/** OpenTelemetry span status, lower-cased. */
export type SpanStatusName = 'unset' | 'ok' | 'error';

/** A span event (Jaeger calls it a log), time in microseconds since the epoch. */
export interface TraceSpanEvent {
  name: string;
  timeUs: number;
  attributes: Record<string, unknown>;
}

/** One span, normalized from whichever wire format it came in. */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKindName;
  serviceName: string;
  startTimeUs: number;
  durationUs: number;
  attributes: Record<string, unknown>;
  events: TraceSpanEvent[];
  status: SpanStatusName;
  statusMessage?: string;
}
