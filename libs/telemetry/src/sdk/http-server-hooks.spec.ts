import { INVALID_SPAN_CONTEXT, trace } from '@opentelemetry/api';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { useInMemoryTracing } from '../testing';
import { writeTraceResponse } from './http-server-hooks';

function incoming(method: string): IncomingMessage {
  const request = new IncomingMessage(new Socket());
  request.method = method;
  return request;
}

describe('HTTP server hooks', () => {
  useInMemoryTracing();
  const tracer = trace.getTracer('test');

  describe(writeTraceResponse.name, () => {
    it('answers with a traceresponse naming the trace and the server span', () => {
      const response = new ServerResponse(incoming('GET'));
      const span = tracer.startSpan('server');
      writeTraceResponse(span, response);
      span.end();
      const { traceId, spanId } = span.spanContext();
      expect(response.getHeader('traceresponse')).toBe(`00-${traceId}-${spanId}-01`);
    });

    it('writes nothing for a span that is not recorded or a client response', () => {
      const response = new ServerResponse(incoming('GET'));
      writeTraceResponse(trace.wrapSpanContext(INVALID_SPAN_CONTEXT), response);
      expect(response.getHeader('traceresponse')).toBeUndefined();
      expect(() => writeTraceResponse(tracer.startSpan('client'), incoming('GET'))).not.toThrow();
    });
  });
});
