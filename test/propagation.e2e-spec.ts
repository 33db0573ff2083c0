import { expectedTrees } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { serviceUrl, startServices, type ServiceName } from './support/e2e-services';
import { httpCall } from './support/http-call';
import { OtlpJsonReceiver } from './support/otlp-json-receiver';
import { RecordingProxy, type RecordedRequest } from './support/recording-proxy';
import {
  expectedSpanTotal,
  expectTreeShape,
  findSpan,
  serverSpanAbove,
  spanLabel,
} from './support/span-assertions';
import type { RunningStack } from '../tools/stack/launch-stack';
import { newTraceParent, parseTraceParent } from './support/trace-context';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

const DOWNSTREAMS = [
  'user-service',
  'order-service',
  'database-service',
  'inventory-service',
] as const;
type Downstream = (typeof DOWNSTREAMS)[number];

/** The six calls of one order, as they cross the wire: who calls whom, for what. */
const ORDER_HOPS: { caller: ServiceName; callee: Downstream; request: string }[] = [
  { caller: 'api-gateway', callee: 'user-service', request: 'GET /users/123' },
  { caller: 'user-service', callee: 'database-service', request: 'GET /query?table=users&id=123' },
  { caller: 'api-gateway', callee: 'order-service', request: 'POST /orders' },
  { caller: 'order-service', callee: 'inventory-service', request: 'POST /inventory/check' },
  { caller: 'order-service', callee: 'database-service', request: 'POST /insert' },
  { caller: 'order-service', callee: 'inventory-service', request: 'POST /inventory/reserve' },
];

const PLACE_ORDER = `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`;

describe('W3C trace context and baggage across the five services', () => {
  const receiver = new OtlpJsonReceiver();
  // Every call between services goes through a recording proxy, so the test sees the wire.
  const proxies = Object.fromEntries(
    DOWNSTREAMS.map((name) => [name, new RecordingProxy(serviceUrl(name))]),
  ) as Record<Downstream, RecordingProxy>;
  let stack: RunningStack;

  beforeAll(async () => {
    const receiverUrl = await receiver.start();
    const downstreams: Partial<Record<ServiceName, string>> = {};
    for (const name of DOWNSTREAMS) downstreams[name] = await proxies[name].start();
    stack = await startServices(receiverUrl, downstreams);
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
    await Promise.all(DOWNSTREAMS.map((name) => proxies[name].stop()));
    await receiver.stop();
  });

  /** The calls of trace `traceId` that crossed the proxies, as `caller -> callee: request`. */
  function wireCallsOf(traceId: string): (RecordedRequest & { callee: Downstream })[] {
    return DOWNSTREAMS.flatMap((callee) =>
      proxies[callee].requestsOf(traceId).map((recorded) => ({ ...recorded, callee })),
    );
  }

  function gatewayServerSpan(spans: TraceSpan[], manualSpanName: string): TraceSpan {
    return serverSpanAbove(spans, findSpan(spans, manualSpanName));
  }

  it('continues an incoming traceparent: same trace, gateway server span parented on the caller', async () => {
    const caller = newTraceParent();

    const answer = await httpCall(`${serviceUrl('api-gateway')}/users/123`, {
      headers: { traceparent: caller.header },
    });

    expect(answer.status).toBe(200);
    const response = parseTraceParent(answer.headers.get('traceresponse'), 'traceresponse');
    expect(response.traceId).toBe(caller.traceId);
    expect(response.flags).toBe('01');
    const spans = await receiver.waitForSpans(
      caller.traceId,
      expectedSpanTotal(expectedTrees['get-user']),
    );
    expectTreeShape(spans, expectedTrees['get-user']);
    const server = gatewayServerSpan(spans, 'api-gateway.get_user');
    expect({ span: spanLabel(server), parent: server.parentSpanId }).toEqual({
      span: spanLabel(server),
      parent: caller.spanId,
    });
    // traceresponse names the gateway's own server span, not the caller's span.
    expect(response.spanId).toBe(server.spanId);
    const roots = spans.filter(
      (span) => !spans.some((other) => other.spanId === span.parentSpanId),
    );
    expect(roots.map(spanLabel)).toEqual([spanLabel(server)]);
  });

  it('passes tracestate unchanged to every span of every service, and on every hop', async () => {
    const caller = newTraceParent();
    const tracestate = 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7';

    const answer = await httpCall(PLACE_ORDER, {
      method: 'POST',
      headers: { traceparent: caller.header, tracestate },
    });

    expect(answer.status).toBe(201);
    const spans = await receiver.waitForSpans(
      caller.traceId,
      expectedSpanTotal(expectedTrees['create-order']),
    );
    const servers = spans.filter((span) => span.kind === 'server');
    expect(new Set(servers.map((span) => span.serviceName))).toEqual(
      new Set(['api-gateway', ...DOWNSTREAMS]),
    );
    for (const span of spans) {
      expect({
        span: spanLabel(span),
        tracestate: receiver.envelopeOf(span.spanId).traceState,
      }).toEqual({ span: spanLabel(span), tracestate });
    }
    const calls = wireCallsOf(caller.traceId);
    expect(calls).toHaveLength(ORDER_HOPS.length);
    for (const call of calls) {
      expect({ call: `${call.method} ${call.path}`, tracestate: call.headers.tracestate }).toEqual({
        call: `${call.method} ${call.path}`,
        tracestate,
      });
    }
  });

  it.each([
    ['not a traceparent at all', 'garbage'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['an all-zero parent id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['the forbidden version ff', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['upper-case hex', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01'],
    ['a truncated trace id', '00-4bf92f3577b34da6a3ce929d0e0e47-00f067aa0ba902b7-01'],
  ])(
    'starts a new valid trace for a malformed traceparent (%s) and answers 200',
    async (_why, header) => {
      const answer = await httpCall(`${serviceUrl('api-gateway')}/users/123`, {
        headers: { traceparent: header },
      });

      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id: 123 });
      const response = parseTraceParent(answer.headers.get('traceresponse'), 'traceresponse');
      expect(header.toLowerCase()).not.toContain(response.traceId);
      const spans = await receiver.waitForSpans(
        response.traceId,
        expectedSpanTotal(expectedTrees['get-user']),
      );
      expectTreeShape(spans, expectedTrees['get-user']);
      const server = gatewayServerSpan(spans, 'api-gateway.get_user');
      expect({ span: spanLabel(server), parent: server.parentSpanId }).toEqual({
        span: spanLabel(server),
        parent: undefined,
      });
      expect(response.spanId).toBe(server.spanId);
    },
  );

  it('carries baggage client.id=abc on every hop of an order', async () => {
    const caller = newTraceParent();

    const answer = await httpCall(PLACE_ORDER, {
      method: 'POST',
      headers: { traceparent: caller.header, baggage: 'client.id=abc' },
    });

    expect(answer.status).toBe(201);
    const calls = wireCallsOf(caller.traceId).map((call) => ({
      call: `${call.callee}: ${call.method} ${call.path}`,
      baggage: call.headers.baggage,
    }));
    expect(calls).toEqual(
      expect.arrayContaining(
        ORDER_HOPS.map(({ callee, request }) => ({
          call: `${callee}: ${request}`,
          // The caller's entry, untouched, and the user the gateway checked (business.user_id).
          baggage: 'client.id=abc,business.user_id=123',
        })),
      ),
    );
    expect(calls).toHaveLength(ORDER_HOPS.length);
  });

  it("puts the caller's CLIENT span id in the traceparent each hop sends", async () => {
    const caller = newTraceParent();

    const answer = await httpCall(PLACE_ORDER, {
      method: 'POST',
      headers: { traceparent: caller.header },
    });

    expect(answer.status).toBe(201);
    const spans = await receiver.waitForSpans(
      caller.traceId,
      expectedSpanTotal(expectedTrees['create-order']),
    );
    const calls = wireCallsOf(caller.traceId);
    const seen = calls.map((call) => {
      const sent = parseTraceParent(call.headers.traceparent as string);
      const client = spans.find((span) => span.spanId === sent.spanId);
      const server = spans.find(
        (span) => span.kind === 'server' && span.parentSpanId === sent.spanId,
      );
      return {
        request: `${call.method} ${call.path}`,
        traceId: sent.traceId,
        client: client && { kind: client.kind, service: client.serviceName },
        server: server && { service: server.serviceName },
      };
    });
    expect(seen).toEqual(
      expect.arrayContaining(
        ORDER_HOPS.map(({ caller: from, callee, request }) => ({
          request,
          traceId: caller.traceId,
          client: { kind: 'client', service: from },
          server: { service: callee },
        })),
      ),
    );
    expect(seen).toHaveLength(ORDER_HOPS.length);
    // The gateway's first hop, spelled out: the id on the wire is the gateway's client span.
    const gatewayToUser = calls.find((call) => call.callee === 'user-service');
    const clientSpanId = parseTraceParent(gatewayToUser?.headers.traceparent as string).spanId;
    const userServer = serverSpanAbove(spans, findSpan(spans, 'user-service.get_user'));
    expect(userServer.parentSpanId).toBe(clientSpanId);
    const gatewayClient = spans.find((span) => span.spanId === clientSpanId);
    expect(gatewayClient && spanLabel(gatewayClient)).toBe(
      `api-gateway:GET [client, ${clientSpanId}]`,
    );
  });
});
