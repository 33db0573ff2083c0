import type { TraceSpan } from '@app/trace-model';
import { childrenOf, describeSpan, findSpan } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import { newTraceParent } from '../support/trace-context';

/**
 * Exercise 1: a sixth service, notification-service (port 8005, `POST /notifications`), is
 * called by order-service once the stock is reserved, inside a span `send_notification`; the
 * new service answers in a span `notification-service.notify`. A notification is best effort:
 * when the service is down the order still succeeds and the failure is on `send_notification`.
 */

interface PlacedOrder {
  status: number;
  body: { id?: number };
  spans: TraceSpan[];
}

async function placeOrder(stack: ExerciseStack): Promise<PlacedOrder> {
  const sent = newTraceParent();
  const response = await fetch(
    `${stack.url('api-gateway')}/orders?user_id=123&product_id=1&quantity=2`,
    { method: 'POST', headers: { traceparent: sent.header } },
  );
  const body = (await response.json()) as { id?: number };
  // Stopping flushes every span each service still holds.
  await stack.stop();
  return { status: response.status, body, spans: stack.recorder.spansOf(sent.traceId) };
}

function only(spans: readonly TraceSpan[], what: string): TraceSpan {
  if (spans.length !== 1) {
    throw new Error(`expected one ${what}, found: ${spans.map(describeSpan).join(', ') || 'none'}`);
  }
  return spans[0];
}

describe('exercise: notification', () => {
  describe('with notification-service running', () => {
    let stack: ExerciseStack;
    let order: PlacedOrder;

    beforeAll(async () => {
      stack = await startExerciseStack();
      order = await placeOrder(stack);
    });

    afterAll(() => stack?.stop());

    it('places the order', () => {
      expect(order.status).toBe(201);
    });

    it('sends the notification from order-service after the stock is reserved', () => {
      const createOrder = findSpan(order.spans, 'order-service.create_order', 'order-service');
      const send = findSpan(order.spans, 'send_notification', 'order-service');
      const reserve = findSpan(order.spans, 'reserve_inventory', 'order-service');
      expect(send.parentSpanId).toBe(createOrder.spanId);
      // The SDK stamps a span's start from Date.now(), in whole milliseconds (its duration is
      // precise), so a span can appear to start up to 1 ms before it did: "after" allows that.
      const clockSlackUs = 1_000;
      expect(send.startTimeUs).toBeGreaterThanOrEqual(
        reserve.startTimeUs + reserve.durationUs - clockSlackUs,
      );
      expect(send.attributes['order.id']).toBe(order.body.id);
      expect(send.status).not.toBe('error');
    });

    it('reaches notification-service through an instrumented HTTP call', () => {
      const send = findSpan(order.spans, 'send_notification', 'order-service');
      const client = only(
        childrenOf(order.spans, send).filter((span) => span.kind === 'client'),
        'client span under send_notification',
      );
      const server = only(childrenOf(order.spans, client), 'server span under the client span');
      expect([server.serviceName, server.kind]).toEqual(['notification-service', 'server']);
      const notify = findSpan(order.spans, 'notification-service.notify', 'notification-service');
      expect(notify.parentSpanId).toBe(server.spanId);
      expect(notify.attributes['order.id']).toBe(order.body.id);
      expect(notify.attributes['user.id']).toBe(123);
      expect(notify.events.map((event) => event.name)).toContain('Notification sent');
    });
  });

  describe('with notification-service down', () => {
    let stack: ExerciseStack;
    let order: PlacedOrder;

    beforeAll(async () => {
      stack = await startExerciseStack({ without: ['notification-service'] });
      order = await placeOrder(stack);
    });

    afterAll(() => stack?.stop());

    it('still places the order', () => {
      expect(order.status).toBe(201);
      expect(order.body.id).toEqual(expect.any(Number));
    });

    it('records the failed notification on send_notification', () => {
      const send = findSpan(order.spans, 'send_notification', 'order-service');
      expect(send.status).toBe('error');
      expect(send.events.map((event) => event.name)).toContain('exception');
      expect(findSpan(order.spans, 'order-service.create_order').status).not.toBe('error');
    });
  });
});
