import {
  defaultTextMapSetter,
  propagation,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
import { RandomIdGenerator } from '@opentelemetry/sdk-trace-base';

/** The baggage entry the OpenTelemetry Demo's load generator marks its requests with. */
export const SYNTHETIC_BAGGAGE = { synthetic_request: { value: 'true' } } as const;

const propagator = new CompositePropagator({
  propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
});
const ids = new RandomIdGenerator();
const baggage = propagation.createBaggage(SYNTHETIC_BAGGAGE);

/**
 * The propagation headers of one load request, written by OpenTelemetry's W3C propagators: a
 * sampled `traceparent` with a fresh trace id (so the run knows each request's trace even when it
 * times out) and `baggage: synthetic_request=true`.
 */
export function syntheticRequestHeaders(): { traceId: string; headers: Record<string, string> } {
  const traceId = ids.generateTraceId();
  const spanContext = { traceId, spanId: ids.generateSpanId(), traceFlags: TraceFlags.SAMPLED };
  const context = propagation.setBaggage(trace.setSpanContext(ROOT_CONTEXT, spanContext), baggage);
  const headers: Record<string, string> = {};
  propagator.inject(context, headers, defaultTextMapSetter);
  return { traceId, headers };
}
