import { ROOT_CONTEXT, type Span, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { type IncomingMessage, ServerResponse } from 'node:http';

const TRACERESPONSE_HEADER = 'traceresponse';
const w3c = new W3CTraceContextPropagator();

/**
 * The HTTP instrumentation's `responseHook`. For a server span it runs as the request arrives,
 * before any handler: it answers with a `traceresponse` header (W3C Trace Context Level 2,
 * section 4) naming the trace and this server span, so a caller can find its trace. The value
 * is written by OpenTelemetry's W3C propagator, which formats it exactly like `traceparent`.
 */
export function writeTraceResponse(span: Span, response: IncomingMessage | ServerResponse): void {
  // Client spans get the response they received: nothing to answer there.
  if (!(response instanceof ServerResponse)) return;
  const spanContext = span.spanContext();
  if (!trace.isSpanContextValid(spanContext)) return;
  const carrier: Record<string, string> = {};
  w3c.inject(trace.setSpanContext(ROOT_CONTEXT, spanContext), carrier, {
    set: (target: Record<string, string>, key, value) => {
      target[key] = value;
    },
  });
  if (carrier.traceparent) response.setHeader(TRACERESPONSE_HEADER, carrier.traceparent);
}
