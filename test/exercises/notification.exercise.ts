import type { TraceSpan } from '@tools/trace-model';
import { childrenOf, describeSpan, findSpan } from './support/span-assertions';
import { EXERCISE_PORTS, type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import { type AdminCliResult, runAdminCli } from '../support/admin-cli';
import { newTraceParent } from '../support/trace-context';

/**
 * Exercise 1: a sixth service, notification-service (port 8005, `POST /notifications`), told
 * about each order after it was answered. order-service queues the notification once the stock
 * is reserved: a PRODUCER span `send notifications` in the order's trace, whose context travels
 * in the message's headers. Later a CONSUMER span `process notifications` takes the message,
 * as the root of a new trace linked to the producer span, and calls notification-service, which
 * answers in a span `notification-service.notify`. Best effort: with the service down the order
 * still succeeds and the failure is on `process notifications`.
 */

const USER_ID = 123;
/**
 * notification-service's route is slowed by this much (a latency fault set with `npm run fault`),
 * so the notify span starts well after the order is answered when the call is made after the
 * answer, and the order is answered well after it when the call is made before: no race to lose.
 */
const NOTIFY_DELAY_MS = 2_000;
/** Spans leave every 100 ms rather than every 5 s, so waiting for the consumer's trace is short. */
const STACK_ENV = { OTEL_BSP_SCHEDULE_DELAY: '100' };

interface PlacedOrder {
  status: number;
  body: { id?: number };
  /** The order's trace, as sent with the request's traceparent. */
  spans: TraceSpan[];
  /** The span the gateway answered the order in. */
  answer?: TraceSpan;
  /** The consumer spans of this order, from any trace. */
  processed: TraceSpan[];
  /** The trace each span of `processed` belongs to. */
  traceOf(span: TraceSpan): TraceSpan[];
  /** The links each span carries. */
  linksOf(span: TraceSpan): { traceId: string; spanId: string }[];
}

/**
 * Places an order, waits (with a deadline) for order-service to have processed its notification,
 * then stops the stack so every service flushes what it still holds.
 */
async function placeOrder(stack: ExerciseStack): Promise<PlacedOrder> {
  const sent = newTraceParent();
  const response = await fetch(
    `${stack.url('api-gateway')}/orders?user_id=${USER_ID}&product_id=1&quantity=2`,
    { method: 'POST', headers: { traceparent: sent.header } },
  );
  const body = (await response.json()) as { id?: number };
  const isProcessed = (span: TraceSpan) =>
    span.name === 'process notifications' &&
    span.serviceName === 'order-service' &&
    span.attributes['order.id'] === body.id;
  // A tree without the consumer never sends it: the assertions below then say what is missing.
  await stack.recorder
    .waitForSpan(`"process notifications" for order ${body.id}`, isProcessed, 20_000)
    .catch(() => undefined);
  await stack.stop();
  const { recorder } = stack;
  const spans = recorder.spansOf(sent.traceId);
  return {
    status: response.status,
    body,
    spans,
    answer: spans.find((span) => span.parentSpanId === sent.spanId),
    processed: recorder.all().filter(isProcessed),
    traceOf: (span) => recorder.spansOf(span.traceId),
    linksOf: (span) => recorder.envelopeOf(span.spanId).links,
  };
}

function only(spans: readonly TraceSpan[], what: string): TraceSpan {
  if (spans.length !== 1) {
    throw new Error(`expected one ${what}, found: ${spans.map(describeSpan).join(', ') || 'none'}`);
  }
  return spans[0];
}

function endUs(span: TraceSpan): number {
  return span.startTimeUs + span.durationUs;
}

describe('exercise: notification', () => {
  describe('with notification-service running', () => {
    let stack: ExerciseStack;
    let order: PlacedOrder;

    const consumer = () => only(order.processed, '"process notifications" span for the order');

    let faultCli: AdminCliResult;

    beforeAll(async () => {
      stack = await startExerciseStack({ env: STACK_ENV });
      // The delay goes in as a learner would set it: `npm run fault` knows the services of the map.
      faultCli = await runAdminCli(
        'fault',
        EXERCISE_PORTS.adminPort('api-gateway'),
        'notification-service',
        'latency',
        `${NOTIFY_DELAY_MS}ms`,
        '--operation',
        'POST /notifications',
      );
      order = await placeOrder(stack);
    });

    afterAll(() => stack?.stop());

    it('is a service `npm run fault` takes by name, as it takes every service of the map', () => {
      expect({ code: faultCli.code, stderr: faultCli.stderr }).toEqual({ code: 0, stderr: '' });
      expect(faultCli.stdout).toMatch(/^notification-service: added \S+ latency /);
    });

    it('places the order', () => {
      expect(order.status).toBe(201);
      expect(order.body.id).toEqual(expect.any(Number));
    });

    it('queues the notification in a producer span of create_order, after the stock is reserved', () => {
      const createOrder = findSpan(order.spans, 'order-service.create_order', 'order-service');
      const reserve = findSpan(order.spans, 'reserve_inventory', 'order-service');
      const send = findSpan(order.spans, 'send notifications', 'order-service');
      expect({ kind: send.kind, parent: send.parentSpanId, status: send.status }).toEqual({
        kind: 'producer',
        parent: createOrder.spanId,
        status: 'unset',
      });
      // The SDK stamps a span's start from Date.now(), in whole milliseconds (its duration is
      // precise), so a span can appear to start up to 1 ms before it did: "after" allows that.
      const clockSlackUs = 1_000;
      expect(send.startTimeUs).toBeGreaterThanOrEqual(endUs(reserve) - clockSlackUs);
      expect(send.attributes).toEqual(
        expect.objectContaining({
          'messaging.system.name': expect.stringMatching(/\S/),
          'messaging.destination.name': 'notifications',
          'messaging.operation.type': 'send',
          'messaging.operation.name': 'send',
          'messaging.message.id': expect.stringMatching(/\S/),
          'order.id': order.body.id,
          'user.id': USER_ID,
        }),
      );
      // The message crosses in its headers, not as children of the producer in this trace.
      expect(childrenOf(order.spans, send).map(describeSpan)).toEqual([]);
      expect(order.spans.filter((span) => span.serviceName === 'notification-service')).toEqual([]);
    });

    it('processes it in a consumer span that starts a new trace, linked to the producer span', () => {
      const send = findSpan(order.spans, 'send notifications', 'order-service');
      const consumerSpan = consumer();
      expect({
        kind: consumerSpan.kind,
        parent: consumerSpan.parentSpanId,
        newTrace: consumerSpan.traceId !== send.traceId,
        status: consumerSpan.status,
      }).toEqual({ kind: 'consumer', parent: undefined, newTrace: true, status: 'unset' });
      expect(order.linksOf(consumerSpan)).toEqual([{ traceId: send.traceId, spanId: send.spanId }]);
      expect(consumerSpan.attributes).toEqual(
        expect.objectContaining({
          'messaging.system.name': send.attributes['messaging.system.name'],
          'messaging.destination.name': 'notifications',
          'messaging.operation.type': 'process',
          'messaging.operation.name': 'process',
          'messaging.message.id': send.attributes['messaging.message.id'],
          'order.id': order.body.id,
          'user.id': USER_ID,
        }),
      );
    });

    it('reaches notification-service through an instrumented HTTP call under the consumer span', () => {
      const consumerSpan = consumer();
      const trace = order.traceOf(consumerSpan);
      const client = only(
        childrenOf(trace, consumerSpan).filter((span) => span.kind === 'client'),
        'client span under "process notifications"',
      );
      const server = only(childrenOf(trace, client), 'server span under the client span');
      expect([server.serviceName, server.kind]).toEqual(['notification-service', 'server']);
      const notify = findSpan(trace, 'notification-service.notify', 'notification-service');
      expect(notify.parentSpanId).toBe(server.spanId);
      expect(notify.attributes['order.id']).toBe(order.body.id);
      expect(notify.attributes['user.id']).toBe(USER_ID);
      expect(notify.events.map((event) => event.name)).toContain('Notification sent');
    });

    it('answers the order before the notification is handled', () => {
      const answer = only(order.answer ? [order.answer] : [], "gateway's server span");
      expect([answer.serviceName, answer.kind]).toEqual(['api-gateway', 'server']);
      const notify = findSpan(
        order.traceOf(consumer()),
        'notification-service.notify',
        'notification-service',
      );
      // The gateway's answer ends before notification-service even starts the delayed notify.
      expect(endUs(answer)).toBeLessThan(notify.startTimeUs);
    });
  });

  describe('with notification-service down', () => {
    let stack: ExerciseStack;
    let order: PlacedOrder;

    beforeAll(async () => {
      stack = await startExerciseStack({ env: STACK_ENV, without: ['notification-service'] });
      order = await placeOrder(stack);
    });

    afterAll(() => stack?.stop());

    it('still places the order', () => {
      expect(order.status).toBe(201);
      expect(order.body.id).toEqual(expect.any(Number));
      expect(findSpan(order.spans, 'order-service.create_order').status).not.toBe('error');
    });

    it('records the failed notification on the consumer span, not on the order', () => {
      const send = findSpan(order.spans, 'send notifications', 'order-service');
      expect(send.status).not.toBe('error');
      const consumerSpan = only(order.processed, '"process notifications" span for the order');
      expect(order.linksOf(consumerSpan)).toEqual([{ traceId: send.traceId, spanId: send.spanId }]);
      expect(consumerSpan.status).toBe('error');
      expect(consumerSpan.events.map((event) => event.name)).toContain('exception');
    });
  });
});
