import type { IncomingHttpHeaders } from 'node:http';
import { findSpan } from './support/span-assertions';
import { type ExerciseStack, exercisePort, startExerciseStack } from './support/exercise-stack';
import { RecordingProxy } from '../support/recording-proxy';
import { newTraceParent, parseTraceParent, type TraceParent } from '../support/trace-context';

/**
 * Exercise 5: with OTEL_PROPAGATORS=b3multi or jaeger the services write that format on the wire
 * (and only that one), and, so that a fleet can switch formats one service at a time, every
 * service still accepts a caller's context in any of W3C, B3 and Jaeger.
 */

interface Hop {
  headers: IncomingHttpHeaders;
  /** user-service's client span for the hop: the parent the headers must name. */
  clientSpanId: string;
}

async function runWith(
  propagators: string,
  send: (gateway: string) => Promise<void>,
): Promise<{ stack: ExerciseStack; proxy: RecordingProxy }> {
  // The proxy sits on the user-service → database-service hop and records its headers.
  const proxy = new RecordingProxy(`http://127.0.0.1:${exercisePort('database-service')}`);
  const proxyUrl = await proxy.start();
  const stack = await startExerciseStack({
    env: { OTEL_PROPAGATORS: propagators },
    appEnv: { 'user-service': { DATABASE_SERVICE_URL: proxyUrl } },
    without: ['order-service', 'inventory-service'],
  });
  try {
    await send(stack.url('api-gateway'));
  } finally {
    await stack.stop();
    await proxy.stop();
  }
  return { stack, proxy };
}

/** Sends GET /users/123 with `headers` and returns the trace id the gateway answered with. */
async function getUser(gateway: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${gateway}/users/123`, { headers });
  expect(response.status).toBe(200);
  return parseTraceParent(response.headers.get('traceresponse'), 'traceresponse').traceId;
}

function hopOf(stack: ExerciseStack, proxy: RecordingProxy, sent: TraceParent): Hop {
  const spans = stack.recorder.spansOf(sent.traceId);
  const client = spans.find(
    (span) => span.serviceName === 'user-service' && span.kind === 'client',
  );
  if (!client) throw new Error(`no user-service client span in trace ${sent.traceId}`);
  const server = findSpan(spans, 'database-service.query');
  const request = proxy.requests.find((recorded) =>
    Object.values(recorded.headers).some((value) => String(value).includes(sent.traceId)),
  );
  if (!request) throw new Error(`no request on the hop carried trace ${sent.traceId}`);
  expect(server.traceId).toBe(sent.traceId);
  return { headers: request.headers, clientSpanId: client.spanId };
}

function gatewayParent(stack: ExerciseStack, sent: TraceParent): string | undefined {
  const spans = stack.recorder.spansOf(sent.traceId);
  return spans.find((span) => span.serviceName === 'api-gateway' && span.kind === 'server')
    ?.parentSpanId;
}

describe('exercise: propagators', () => {
  describe('OTEL_PROPAGATORS=b3multi', () => {
    const viaB3 = newTraceParent();
    const viaW3c = newTraceParent();
    let stack: ExerciseStack;
    let proxy: RecordingProxy;
    const answered: Record<string, string> = {};

    beforeAll(async () => {
      ({ stack, proxy } = await runWith('b3multi', async (gateway) => {
        answered.b3 = await getUser(gateway, {
          'x-b3-traceid': viaB3.traceId,
          'x-b3-spanid': viaB3.spanId,
          'x-b3-sampled': '1',
        });
        answered.w3c = await getUser(gateway, { traceparent: viaW3c.header });
      }));
    });

    it('continues a caller trace sent as X-B3-* headers', () => {
      expect(answered.b3).toBe(viaB3.traceId);
      expect(gatewayParent(stack, viaB3)).toBe(viaB3.spanId);
    });

    it('writes X-B3-* headers on the wire, and no traceparent', () => {
      const hop = hopOf(stack, proxy, viaB3);
      expect(hop.headers['x-b3-traceid']).toBe(viaB3.traceId);
      expect(hop.headers['x-b3-spanid']).toBe(hop.clientSpanId);
      expect(hop.headers['x-b3-sampled']).toBe('1');
      expect(hop.headers.traceparent).toBeUndefined();
      expect(hop.headers['uber-trace-id']).toBeUndefined();
    });

    it('still accepts a W3C traceparent from a caller that has not switched yet', () => {
      expect(answered.w3c).toBe(viaW3c.traceId);
      expect(gatewayParent(stack, viaW3c)).toBe(viaW3c.spanId);
      const hop = hopOf(stack, proxy, viaW3c);
      expect(hop.headers['x-b3-traceid']).toBe(viaW3c.traceId);
      expect(hop.headers.traceparent).toBeUndefined();
    });
  });

  describe('OTEL_PROPAGATORS=jaeger', () => {
    const viaJaeger = newTraceParent();
    const viaB3Single = newTraceParent();
    let stack: ExerciseStack;
    let proxy: RecordingProxy;
    const answered: Record<string, string> = {};

    beforeAll(async () => {
      ({ stack, proxy } = await runWith('jaeger', async (gateway) => {
        answered.jaeger = await getUser(gateway, {
          'uber-trace-id': `${viaJaeger.traceId}:${viaJaeger.spanId}:0:1`,
        });
        answered.b3 = await getUser(gateway, {
          b3: `${viaB3Single.traceId}-${viaB3Single.spanId}-1`,
        });
      }));
    });

    it('continues a caller trace sent as uber-trace-id', () => {
      expect(answered.jaeger).toBe(viaJaeger.traceId);
      expect(gatewayParent(stack, viaJaeger)).toBe(viaJaeger.spanId);
    });

    it('writes uber-trace-id on the wire, and no traceparent or B3', () => {
      const hop = hopOf(stack, proxy, viaJaeger);
      expect(hop.headers['uber-trace-id']).toBe(`${viaJaeger.traceId}:${hop.clientSpanId}:0:01`);
      expect(hop.headers.traceparent).toBeUndefined();
      expect(hop.headers['x-b3-traceid']).toBeUndefined();
      expect(hop.headers.b3).toBeUndefined();
    });

    it('still accepts a single b3 header from a caller that has not switched yet', () => {
      expect(answered.b3).toBe(viaB3Single.traceId);
      expect(gatewayParent(stack, viaB3Single)).toBe(viaB3Single.spanId);
      const hop = hopOf(stack, proxy, viaB3Single);
      expect(hop.headers['uber-trace-id']).toMatch(new RegExp(`^${viaB3Single.traceId}:`));
    });
  });
});
