import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { StrictTraceContextPropagator } from '../w3c/strict-trace-context.propagator';
import { defaultPropagatorFromEnv } from './default-propagator';

describe(defaultPropagatorFromEnv.name, () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function propagatorFor(value?: string) {
    if (value === undefined) delete process.env.OTEL_PROPAGATORS;
    else process.env.OTEL_PROPAGATORS = value;
    return defaultPropagatorFromEnv();
  }

  it('is W3C trace context and baggage when unset, as NodeSDK would register', () => {
    expect(propagatorFor()?.fields()).toEqual(['traceparent', 'tracestate', 'baggage']);
  });

  it('reads a standard name as NodeSDK does', () => {
    expect(propagatorFor('tracecontext')).toBeInstanceOf(W3CTraceContextPropagator);
    expect(propagatorFor('b3multi')?.fields()).toContain('x-b3-traceid');
  });

  it('selects the strict propagator by its name, alone or among standard names', () => {
    expect(propagatorFor('tracecontext-strict')).toBeInstanceOf(StrictTraceContextPropagator);
    expect(propagatorFor('b3, tracecontext-strict,baggage,tracecontext-strict')?.fields()).toEqual([
      'b3',
      'traceparent',
      'tracestate',
      'baggage',
    ]);
    expect(process.env.OTEL_PROPAGATORS).toBe(
      'b3, tracecontext-strict,baggage,tracecontext-strict',
    );
  });

  it('gives none for none, and skips an unknown name', () => {
    expect(propagatorFor('tracecontext-strict,none')).toBeNull();
    expect(propagatorFor('carrier-pigeon,tracecontext-strict')).toBeInstanceOf(
      StrictTraceContextPropagator,
    );
  });
});
