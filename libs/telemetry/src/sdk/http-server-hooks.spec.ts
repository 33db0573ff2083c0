import { INVALID_SPAN_CONTEXT, trace } from '@opentelemetry/api';
import { ClientRequest, IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { useInMemoryTracing } from '../testing';
import { nameServerSpanByRoute, writeTraceResponse } from './http-server-hooks';

function incoming(method: string, route?: string): IncomingMessage {
  const request = new IncomingMessage(new Socket());
  request.method = method;
  if (route) Object.assign(request, { route: { path: route } });
  return request;
}

describe('HTTP server hooks', () => {
  const tracing = useInMemoryTracing();
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

  describe(nameServerSpanByRoute.name, () => {
    it('names a server span after the matched route and sets http.route', () => {
      const span = tracer.startSpan('GET');
      nameServerSpanByRoute(span, incoming('GET', '/users/:id'));
      span.end();
      expect(tracing.span('GET /users/:id').attributes).toEqual({ 'http.route': '/users/:id' });
    });

    it('leaves the span alone when no route matched, and ignores client requests', () => {
      const span = tracer.startSpan('GET');
      nameServerSpanByRoute(span, incoming('GET'));
      const client = new ClientRequest({ host: '127.0.0.1', port: 1, agent: false });
      client.on('error', () => undefined);
      client.destroy();
      nameServerSpanByRoute(span, client);
      span.end();
      expect(tracing.span('GET').attributes).toEqual({});
    });
  });
});
