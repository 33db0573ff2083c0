// Shapes of the viewer's HTTP API, declared once where they are defined: Jaeger's v1 JSON in
// @app/trace-model, the /api/ui/* answers beside the back end that builds them. Type-only imports:
// esbuild erases them, so nothing of the back end is bundled.

export type {
  JaegerEnvelope as Envelope,
  JaegerEnvelopeError as ApiErrorEntry,
  JaegerKeyValue as KeyValue,
  JaegerLog as SpanLog,
  JaegerProcess as Process,
  JaegerReference as SpanReference,
  JaegerSpan as Span,
  JaegerTrace as Trace,
} from '@app/trace-model/jaeger-trace.types';

export type {
  LiveTraceEvent as LiveTrace,
  OperationStats,
  ServiceEdge,
  ServiceMap,
  ServiceNode,
} from '../../../src/common/ui-api.types';

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
