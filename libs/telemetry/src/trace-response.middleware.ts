import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { NextFunction, Request, Response } from 'express';

const TRACERESPONSE_HEADER = 'traceresponse';
const w3c = new W3CTraceContextPropagator();

/**
 * Answers each request with a `traceresponse` header (W3C Trace Context Level 2, section 4) that
 * names the trace and this server's span, so a caller can find its trace. The header value is
 * written by OpenTelemetry's W3C propagator, which formats it exactly like `traceparent`.
 */
@Injectable()
export class TraceResponseMiddleware implements NestMiddleware {
  use(_request: Request, response: Response, next: NextFunction): void {
    const spanContext = trace.getActiveSpan()?.spanContext();
    if (spanContext && trace.isSpanContextValid(spanContext)) {
      const carrier: Record<string, string> = {};
      w3c.inject(trace.setSpanContext(ROOT_CONTEXT, spanContext), carrier, {
        set: (target: Record<string, string>, key, value) => {
          target[key] = value;
        },
      });
      if (carrier.traceparent) response.setHeader(TRACERESPONSE_HEADER, carrier.traceparent);
    }
    next();
  }
}
