import { ROOT_CONTEXT, type Span, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import { type ClientRequest, IncomingMessage, ServerResponse } from 'node:http';

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

/**
 * The HTTP instrumentation's `applyCustomAttributesOnSpan`, run as a server span ends: names it
 * `{method} {route}` and sets `http.route`, as the HTTP semantic conventions ask, from the route
 * template Express matched (Nest registers its routes there). Only the framework knows it; the
 * instrumentation alone would name every server span just `GET` or `POST`.
 */
export function nameServerSpanByRoute(span: Span, request: ClientRequest | IncomingMessage): void {
  if (!(request instanceof IncomingMessage)) return;
  const route = (request as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  if (typeof route !== 'string') return;
  span.setAttribute(ATTR_HTTP_ROUTE, route);
  span.updateName(`${request.method} ${route}`);
}
