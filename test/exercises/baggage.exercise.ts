import { FIVE_SERVICES, describeSpan, servicesIn } from './support/span-assertions';
import { type ExerciseStack, exercisePort, startExerciseStack } from './support/exercise-stack';
import { RecordingProxy } from '../support/recording-proxy';
import { newTraceParent } from '../support/trace-context';

/**
 * Exercise 6: the gateway already turns `x-client-id` and `x-session-id` into `business.*`
 * baggage that lands on every span. Add a third key: `x-tenant-id` becomes the baggage entry
 * and span attribute `business.tenant_id`, on every span of the trace in all five services,
 * carried across each hop as W3C baggage, refused (and named on the gateway's server span) when
 * the value is not a plain identifier, and never taken from a caller's own `baggage` header.
 */
describe('exercise: baggage', () => {
  let stack: ExerciseStack;
  // Sits on the user-service → database-service hop to show what crossed the wire.
  const proxy = new RecordingProxy(`http://127.0.0.1:${exercisePort('database-service')}`);
  const tagged = newTraceParent();
  const forged = newTraceParent();
  const refused = newTraceParent();

  async function placeOrder(traceparent: string, headers: Record<string, string>) {
    const order = await fetch(
      `${stack.url('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`,
      { method: 'POST', headers: { traceparent, ...headers } },
    );
    expect(order.status).toBe(201);
  }

  beforeAll(async () => {
    const proxyUrl = await proxy.start();
    stack = await startExerciseStack({
      appEnv: { 'user-service': { DATABASE_SERVICE_URL: proxyUrl } },
    });
    await placeOrder(tagged.header, { 'x-client-id': 'web-checkout', 'x-tenant-id': 'acme' });
    await placeOrder(forged.header, { baggage: 'business.tenant_id=evil-corp' });
    await placeOrder(refused.header, { 'x-tenant-id': 'acme corp' });
    // Stopping flushes every span each service still holds.
    await stack.stop();
  });

  afterAll(async () => {
    await stack?.stop();
    await proxy.stop();
  });

  it('records the order trace in all five services', () => {
    expect(servicesIn(stack.recorder.spansOf(tagged.traceId))).toEqual(FIVE_SERVICES);
  });

  it('puts business.tenant_id next to business.client_id on every span of the trace', () => {
    const missing = stack.recorder
      .spansOf(tagged.traceId)
      .filter(
        (span) =>
          span.attributes['business.tenant_id'] !== 'acme' ||
          span.attributes['business.client_id'] !== 'web-checkout',
      )
      .map(describeSpan);
    expect(missing).toEqual([]);
  });

  it('carries the tenant across a hop as W3C baggage, not as the custom header', () => {
    const hop = proxy.requests.find((request) =>
      request.headers.traceparent?.includes(tagged.traceId),
    );
    expect(hop).toBeDefined();
    const baggage = String(hop?.headers.baggage ?? '')
      .split(',')
      .map((member) => member.trim())
      .sort();
    // business.user_id is the gateway's own: the user it checked, set at the edge.
    expect(baggage).toEqual([
      'business.client_id=web-checkout',
      'business.tenant_id=acme',
      'business.user_id=123',
    ]);
    expect(hop?.headers['x-tenant-id']).toBeUndefined();
  });

  it("never takes the tenant from a caller's own baggage", () => {
    const spans = stack.recorder.spansOf(forged.traceId);
    expect(spans.length).toBeGreaterThan(0);
    expect(
      spans.filter((span) => 'business.tenant_id' in span.attributes).map(describeSpan),
    ).toEqual([]);
  });

  it('refuses a tenant that is not a plain identifier and names it on the gateway server span', () => {
    const spans = stack.recorder.spansOf(refused.traceId);
    expect(
      spans.filter((span) => 'business.tenant_id' in span.attributes).map(describeSpan),
    ).toEqual([]);
    const edge = spans.find((span) => span.serviceName === 'api-gateway' && span.kind === 'server');
    expect(edge?.attributes['business.rejected_headers']).toEqual([
      'x-tenant-id:forbidden_characters',
    ]);
  });
});
