import { FIVE_SERVICES, describeSpan, servicesIn } from './support/span-assertions';
import { type ExerciseStack, exercisePort, startExerciseStack } from './support/exercise-stack';
import { RecordingProxy } from '../support/recording-proxy';
import { newTraceParent } from '../support/trace-context';

/**
 * Exercise 6: the gateway turns the `x-client-id` and `x-session-id` request headers into
 * baggage, baggage crosses every hop, and every span of the trace, in every service, carries
 * `client.id` and `session.id` attributes. A request without the headers carries neither.
 */
describe('exercise: baggage', () => {
  let stack: ExerciseStack;
  // Sits on the user-service → database-service hop to show what crossed the wire.
  const proxy = new RecordingProxy(`http://127.0.0.1:${exercisePort('database-service')}`);
  const tagged = newTraceParent();
  const untagged = newTraceParent();

  beforeAll(async () => {
    const proxyUrl = await proxy.start();
    stack = await startExerciseStack({
      appEnv: { 'user-service': { DATABASE_SERVICE_URL: proxyUrl } },
    });
    const order = await fetch(
      `${stack.url('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`,
      {
        method: 'POST',
        headers: {
          traceparent: tagged.header,
          'x-client-id': 'web-checkout',
          'x-session-id': 'sess-7f3a',
        },
      },
    );
    expect(order.status).toBe(201);
    const user = await fetch(`${stack.url('api-gateway')}/users/123`, {
      headers: { traceparent: untagged.header },
    });
    expect(user.status).toBe(200);
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

  it('puts client.id and session.id on every span of the order trace', () => {
    const missing = stack.recorder
      .spansOf(tagged.traceId)
      .filter(
        (span) =>
          span.attributes['client.id'] !== 'web-checkout' ||
          span.attributes['session.id'] !== 'sess-7f3a',
      )
      .map(describeSpan);
    expect(missing).toEqual([]);
  });

  it('carries the values across a hop as W3C baggage, not as the custom headers', () => {
    const hop = proxy.requests.find((request) =>
      request.headers.traceparent?.includes(tagged.traceId),
    );
    expect(hop).toBeDefined();
    const baggage = String(hop?.headers.baggage ?? '')
      .split(',')
      .map((member) => member.trim())
      .sort();
    expect(baggage).toEqual(['client.id=web-checkout', 'session.id=sess-7f3a']);
    expect(hop?.headers['x-client-id']).toBeUndefined();
  });

  it('adds nothing to a request that sent no such headers', () => {
    const spans = stack.recorder.spansOf(untagged.traceId);
    expect(servicesIn(spans)).toEqual(['api-gateway', 'database-service', 'user-service']);
    const leaked = spans
      .filter((span) => 'client.id' in span.attributes || 'session.id' in span.attributes)
      .map(describeSpan);
    expect(leaked).toEqual([]);
  });
});
