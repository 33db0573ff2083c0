// Shapes of the viewer's HTTP API, declared once in @tools/trace-model/api, which the back end
// builds its answers with too. Type-only imports: esbuild erases them, so nothing is bundled.

export type {
  JaegerEnvelope as Envelope,
  JaegerEnvelopeError as ApiErrorEntry,
  JaegerKeyValue as KeyValue,
  JaegerLog as SpanLog,
  JaegerProcess as Process,
  JaegerReference as SpanReference,
  JaegerSpan as Span,
  JaegerTrace as Trace,
  LiveTraceEvent as LiveTrace,
  OperationStats,
  ServiceEdge,
  ServiceMap,
  ServiceNode,
  TraceLogRecord as LogRecord,
} from '@tools/trace-model/api';

/** The search form's query, turned into /api/traces parameters by the API client. */
export interface TraceQuery {
  service?: string;
  operation?: string;
  tags?: Record<string, string>;
  minDuration?: string;
  maxDuration?: string;
  start: number;
  end: number;
  limit: number;
}
