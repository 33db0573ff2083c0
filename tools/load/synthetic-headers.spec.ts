import {
  defaultTextMapGetter,
  propagation,
  ROOT_CONTEXT,
  trace,
  TraceFlags,
} from '@opentelemetry/api';
import { W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { syntheticRequestHeaders } from './synthetic-headers';

describe(syntheticRequestHeaders.name, () => {
  it('writes a sampled traceparent carrying the trace id it returns, and synthetic_request baggage', () => {
    const { traceId, headers } = syntheticRequestHeaders();
    expect(Object.keys(headers).sort()).toEqual(['baggage', 'traceparent']);
    expect(headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(headers.baggage).toBe('synthetic_request=true');

    // Read back as a service's SDK would.
    const context = new W3CBaggagePropagator().extract(
      new W3CTraceContextPropagator().extract(ROOT_CONTEXT, headers, defaultTextMapGetter),
      headers,
      defaultTextMapGetter,
    );
    expect(trace.getSpanContext(context)).toMatchObject({
      traceId,
      traceFlags: TraceFlags.SAMPLED,
    });
    expect(propagation.getBaggage(context)?.getEntry('synthetic_request')?.value).toBe('true');
  });

  it('starts a new trace for every request', () => {
    expect(syntheticRequestHeaders().traceId).not.toBe(syntheticRequestHeaders().traceId);
  });
});
