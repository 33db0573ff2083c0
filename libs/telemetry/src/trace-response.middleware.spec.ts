import { trace } from '@opentelemetry/api';
import type { Request, Response } from 'express';
import { useInMemoryTracing } from './testing';
import { TraceResponseMiddleware } from './trace-response.middleware';

describe(TraceResponseMiddleware.name, () => {
  useInMemoryTracing();
  const middleware = new TraceResponseMiddleware();

  function run(): Record<string, string> {
    const headers: Record<string, string> = {};
    const response = {
      setHeader: (name: string, value: string) => (headers[name] = value),
    } as unknown as Response;
    const next = jest.fn();
    middleware.use({} as Request, response, next);
    expect(next).toHaveBeenCalledTimes(1);
    return headers;
  }

  it('names the trace and the active server span in a traceresponse header', () => {
    const headers = trace.getTracer('test').startActiveSpan('server', (active) => {
      const result = run();
      active.end();
      return { result, context: active.spanContext() };
    });
    const { traceId, spanId } = headers.context;
    expect(headers.result).toEqual({ traceresponse: `00-${traceId}-${spanId}-01` });
  });

  it('adds nothing when no span is active', () => {
    expect(run()).toEqual({});
  });
});
