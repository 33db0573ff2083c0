import { ATTR_BUSINESS_REJECTED_HEADERS } from '@app/telemetry';
import { expectedTrees } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { SERVICE_NAMES, serviceUrl } from './support/e2e-services';
import { httpCall } from './support/http-call';
import { expectedSpanTotal, spanLabel } from './support/span-assertions';
import { newTraceParent } from './support/trace-context';
import { useServicesWithReceiver } from './support/services-suite';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

const PLACE_ORDER = `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`;
const ORDER_SPANS = expectedSpanTotal(expectedTrees['create-order']);

function businessOf(span: TraceSpan) {
  return {
    span: spanLabel(span),
    client: span.attributes['business.client_id'],
    session: span.attributes['business.session_id'],
    user: span.attributes['business.user_id'],
  };
}

describe('business metadata from the edge', () => {
  const { receiver } = useServicesWithReceiver();

  async function placeOrder(headers: Record<string, string>): Promise<TraceSpan[]> {
    const caller = newTraceParent();
    const answer = await httpCall(PLACE_ORDER, {
      method: 'POST',
      headers: { traceparent: caller.header, ...headers },
    });
    expect(answer.status).toBe(201);
    return receiver.waitForSpans(caller.traceId, ORDER_SPANS);
  }

  it('puts business.client_id, business.session_id and business.user_id on every span in every service', async () => {
    const spans = await placeOrder({ 'x-client-id': 'web-checkout', 'x-session-id': 'sess-7f3a' });

    expect([...new Set(spans.map((span) => span.serviceName))].sort()).toEqual(
      [...SERVICE_NAMES].sort(),
    );
    expect(spans.map(businessOf)).toEqual(
      spans.map((span) => ({
        span: spanLabel(span),
        client: 'web-checkout',
        session: 'sess-7f3a',
        user: '123',
      })),
    );
  });

  it("drops a caller's own business.* baggage: it cannot forge the attributes", async () => {
    const spans = await placeOrder({
      baggage: 'business.client_id=forged,business.session_id=forged',
    });

    const forged = spans.filter(
      (span) => 'business.client_id' in span.attributes || 'business.session_id' in span.attributes,
    );
    expect(forged.map(spanLabel)).toEqual([]);
  });

  it('replaces forged business baggage with the header the edge read and the user it checked', async () => {
    const spans = await placeOrder({
      baggage: 'business.client_id=forged,business.user_id=999',
      'x-client-id': 'mobile-app',
    });

    expect(new Set(spans.map((span) => span.attributes['business.client_id']))).toEqual(
      new Set(['mobile-app']),
    );
    expect(new Set(spans.map((span) => span.attributes['business.user_id']))).toEqual(
      new Set(['123']),
    );
  });

  it('drops a header value that is too long or has forbidden characters, and says so', async () => {
    const spans = await placeOrder({
      'x-client-id': 'x'.repeat(129),
      'x-session-id': 'sess 7f3a;drop',
    });

    expect(spans.filter((span) => 'business.client_id' in span.attributes)).toEqual([]);
    expect(spans.filter((span) => 'business.session_id' in span.attributes)).toEqual([]);
    const edge = spans.find((span) => span.serviceName === 'api-gateway' && span.kind === 'server');
    expect(edge?.attributes[ATTR_BUSINESS_REJECTED_HEADERS]).toEqual([
      'x-client-id:too_long',
      'x-session-id:forbidden_characters',
    ]);
  });

  it('never exports a password, token or e-mail placed in a request, in spans or logs (read at the receiver)', async () => {
    const secrets = ['hunter2-pw', 'tok-9f2e', 'brr-token-77', 'ana.secret@example.com'];
    const caller = newTraceParent();
    const asked = await httpCall(
      `${serviceUrl('api-gateway')}/users/123?password=hunter2-pw&token=tok-9f2e&email=ana.secret@example.com`,
      { headers: { traceparent: caller.header, authorization: 'Bearer brr-token-77' } },
    );
    const byPath = newTraceParent();
    const wrongId = await httpCall(`${serviceUrl('api-gateway')}/users/ana.secret@example.com`, {
      headers: { traceparent: byPath.header },
    });

    expect([asked.status, wrongId.status].filter((status) => status >= 500)).toEqual([]);
    const server = (traceId: string) =>
      receiver.waitForSpan(
        `gateway server span of ${traceId}`,
        (span) =>
          span.traceId === traceId && span.serviceName === 'api-gateway' && span.kind === 'server',
      );
    // The values did reach the spans, masked: the test would see them if they were not.
    expect((await server(caller.traceId)).attributes['url.query']).toBe(
      'password=REDACTED&token=REDACTED&email=[REDACTED_EMAIL]',
    );
    expect((await server(byPath.traceId)).attributes['url.path']).toBe('/users/[REDACTED_EMAIL]');
    // So did the gateway's log line of each request, masked the same way.
    const requestLine = (traceId: string) =>
      receiver.waitForLog(
        `gateway request line of ${traceId}`,
        (record) =>
          record.traceId === traceId &&
          record.serviceName === 'api-gateway' &&
          'responseTime' in record.attributes,
      );
    expect((await requestLine(caller.traceId)).body).toMatch(
      /^GET \/users\/123\?password=REDACTED&token=REDACTED&email=\[REDACTED_EMAIL\] 200 in \d+ ms$/,
    );
    expect((await requestLine(byPath.traceId)).body).toMatch(
      /^GET \/users\/\[REDACTED_EMAIL\] 400 in \d+ ms$/,
    );
    const wire = receiver.wire().join('\n');
    expect(secrets.filter((secret) => wire.includes(secret))).toEqual([]);
  });
});
