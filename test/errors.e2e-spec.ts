import { expectedTrees } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { BAD_INPUT_CASES } from './support/bad-input.cases';
import { serviceUrl, startGateway } from './support/e2e-services';
import { httpCall, type HttpAnswer } from './support/http-call';
import { closedPort, SilentServer } from './support/silent-server';
import {
  eventOf,
  expectedSpanTotal,
  expectTreeShape,
  findSpan,
  serverSpanAbove,
  spanLabel,
  spanView,
} from './support/span-assertions';
import type { RunningStack } from '../tools/stack/launch-stack';
import { newTraceParent, parseTraceParent } from './support/trace-context';
import { useServicesWithReceiver } from './support/services-suite';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

/** Extra gateways for the failing-downstream cases, next to the main stack's 18000-18004. */
const DOWN_GATEWAY_PORT = 18005;
const SLOW_GATEWAY_PORT = 18006;

const GATEWAY = serviceUrl('api-gateway');

function traceIdOf(answer: HttpAnswer): string {
  return parseTraceParent(answer.headers.get('traceresponse'), 'traceresponse').traceId;
}

/** The JSON error a refused request must get: its status, the reason, the message, the hop. */
interface ErrorAnswer {
  status: number;
  error: string;
  message: string;
  /** The service that failed, when the answer comes through a caller. */
  hop?: string;
}

/** Checks the whole answer, status and body, naming the trace it belongs to; returns its id. */
function expectErrorAnswer(answer: HttpAnswer, { status, error, message, hop }: ErrorAnswer) {
  const traceId = traceIdOf(answer);
  expect({ status: answer.status, body: answer.body }).toEqual({
    status,
    body: { statusCode: status, error, message, ...(hop ? { hop } : {}), traceId },
  });
  return traceId;
}

/** The exception event of `span`, failing with the span's name when there is none. */
function exceptionOf(span: TraceSpan): Record<string, unknown> {
  return eventOf(span, 'exception').attributes;
}

describe('error paths across the five services', () => {
  const suite = useServicesWithReceiver();
  const { receiver } = suite;

  /** Units of `productId` inventory-service has now. */
  async function available(productId: number): Promise<number> {
    const answer = await httpCall(`${serviceUrl('inventory-service')}/inventory/check`, {
      method: 'POST',
      body: { product_id: productId, quantity: 1 },
    });
    expect(answer.status).toBe(200);
    return (answer.body as { available: number }).available;
  }

  /** Places a one-unit order of product 1 and returns its id: where the order ids stand now. */
  async function probeOrderId(): Promise<number> {
    const answer = await httpCall(`${GATEWAY}/orders?user_id=789&product_id=1&quantity=1`, {
      method: 'POST',
    });
    expect(answer.status).toBe(201);
    return (answer.body as { id: number }).id;
  }

  /** The orders rows with ids strictly between `after` and `before`, read from database-service. */
  async function orderRowsBetween(after: number, before: number) {
    const rows: { id: number; product_id: number; quantity: number }[] = [];
    for (let id = after + 1; id < before; id++) {
      const answer = await httpCall(
        `${serviceUrl('database-service')}/query?table=orders&id=${id}`,
      );
      expect([200, 404]).toContain(answer.status);
      if (answer.status === 200) rows.push(answer.body as (typeof rows)[number]);
    }
    return rows;
  }

  describe('not found', () => {
    it('unknown user: 404 through the gateway, recorded on user-service and gateway spans', async () => {
      const answer = await httpCall(`${GATEWAY}/users/99999`);

      const traceId = expectErrorAnswer(answer, {
        status: 404,
        error: 'Not Found',
        message: 'User 99999 not found',
        hop: 'user-service',
      });
      const spans = await receiver.waitForSpans(
        traceId,
        expectedSpanTotal(expectedTrees['unknown-user']),
      );
      expectTreeShape(spans, expectedTrees['unknown-user']);
      const userSpan = findSpan(spans, 'user-service.get_user');
      expect(spanView(userSpan)).toMatchObject({
        span: 'user-service:user-service.get_user',
        status: 'error',
        events: ['User lookup started', 'exception'],
      });
      expect(exceptionOf(userSpan)).toMatchObject({
        'exception.type': 'UserNotFoundError',
        'exception.message': 'User 99999 not found',
      });
      const gatewaySpan = findSpan(spans, 'api-gateway.get_user');
      expect(spanView(gatewaySpan)).toMatchObject({
        span: 'api-gateway:api-gateway.get_user',
        status: 'error',
        events: ['User lookup started', 'exception'],
      });
      expect(exceptionOf(gatewaySpan)).toMatchObject({
        'exception.message': 'User 99999 not found',
      });
      // A lookup that finds nothing is a successful statement.
      expect(spanView(findSpan(spans, 'database-service.query'))).toMatchObject({
        span: 'database-service:database-service.query',
        status: 'unset',
        attributes: { 'db.response.returned_rows': 0 },
      });
    });

    it('unknown order: 404 through the gateway', async () => {
      const answer = await httpCall(`${GATEWAY}/orders/99999`);

      const traceId = expectErrorAnswer(answer, {
        status: 404,
        error: 'Not Found',
        message: 'Order 99999 not found',
        hop: 'order-service',
      });
      const spans = await receiver.waitForSpans(traceId, 8);
      const orderSpan = findSpan(spans, 'order-service.get_order');
      expect(spanView(orderSpan)).toMatchObject({
        span: 'order-service:order-service.get_order',
        status: 'error',
        attributes: { 'order.id': 99999 },
      });
      expect(exceptionOf(orderSpan)).toMatchObject({ 'exception.type': 'OrderNotFoundError' });
      expect(findSpan(spans, 'api-gateway.get_order').status).toBe('error');
    });

    it('unknown product: 404 through the gateway, no order row and no stock taken', async () => {
      const before = await probeOrderId();

      const answer = await httpCall(`${GATEWAY}/orders?user_id=123&product_id=999&quantity=1`, {
        method: 'POST',
      });

      const traceId = expectErrorAnswer(answer, {
        status: 404,
        error: 'Not Found',
        message: 'Product 999 not found',
        hop: 'order-service',
      });
      expect(await probeOrderId()).toBe(before + 1);
      const spans = await receiver.waitForSpans(traceId, 15);
      const check = findSpan(spans, 'check_inventory');
      expect(spanView(check)).toMatchObject({
        span: 'order-service:check_inventory',
        status: 'error',
      });
      expect(exceptionOf(check)).toMatchObject({ 'exception.type': 'ProductNotFoundError' });
      expect(spans.map((span) => span.name)).not.toContain('create_order_record');
    });

    it('unknown user sent straight to order-service: 404 from the foreign key, no stock taken', async () => {
      const stock = await available(2);

      const answer = await httpCall(`${serviceUrl('order-service')}/orders`, {
        method: 'POST',
        body: { user_id: 99999, product_id: 2, quantity: 1 },
      });

      const traceId = expectErrorAnswer(answer, {
        status: 404,
        error: 'Not Found',
        message: 'User 99999 not found',
      });
      expect(await available(2)).toBe(stock);
      const spans = await receiver.waitForSpans(traceId, 10);
      const record = findSpan(spans, 'create_order_record');
      expect(spanView(record)).toMatchObject({
        span: 'order-service:create_order_record',
        status: 'error',
      });
      expect(exceptionOf(record)).toMatchObject({ 'exception.type': 'UserNotFoundError' });
      expect(spans.map((span) => span.name)).not.toContain('reserve_inventory');
    });
  });

  describe('not enough stock', () => {
    it('409 with stock and orders unchanged after', async () => {
      const stock = await available(4);
      const before = await probeOrderId();

      const answer = await httpCall(
        `${GATEWAY}/orders?user_id=123&product_id=4&quantity=${stock + 1}`,
        { method: 'POST' },
      );

      const traceId = expectErrorAnswer(answer, {
        status: 409,
        error: 'Conflict',
        message: `Not enough stock for product 4: requested ${stock + 1}, available ${stock}`,
        hop: 'order-service',
      });
      expect(await available(4)).toBe(stock);
      // No row was written: the next order takes the very next id.
      expect(await probeOrderId()).toBe(before + 1);
      const spans = await receiver.waitForSpans(
        traceId,
        expectedSpanTotal(expectedTrees['out-of-stock']),
      );
      expectTreeShape(spans, expectedTrees['out-of-stock']);
      const order = findSpan(spans, 'order-service.create_order');
      expect(exceptionOf(order)).toMatchObject({
        'exception.type': 'OutOfStockError',
        'exception.message': `Not enough stock for product 4: requested ${stock + 1}, available ${stock}`,
      });
      expect(spanView(findSpan(spans, 'check_inventory'))).toMatchObject({
        span: 'order-service:check_inventory',
        status: 'unset',
        attributes: { 'product.id': 4, 'order.quantity': stock + 1, 'inventory.available': stock },
      });
    });

    it('six concurrent orders for the last three units: three 201, three 409, stock 0', async () => {
      expect(await available(5)).toBe(3);
      const before = await probeOrderId();

      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          httpCall(`${GATEWAY}/orders?user_id=123&product_id=5&quantity=1`, { method: 'POST' }),
        ),
      );

      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([201, 201, 201, 409, 409, 409]);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expect(refused.body).toMatchObject({
          statusCode: 409,
          error: 'Conflict',
          message: expect.stringMatching(/^Not enough stock for product 5: requested 1\b/),
          hop: 'order-service',
        });
      }
      expect(await available(5)).toBe(0);
      const after = await probeOrderId();
      const rows = await orderRowsBetween(before, after);
      const created = answers
        .filter((answer) => answer.status === 201)
        .map((answer) => (answer.body as { id: number }).id)
        .sort((a, b) => a - b);
      expect(rows.map((row) => row.id)).toEqual(created);
      expect(rows.map(({ product_id, quantity }) => ({ product_id, quantity }))).toEqual(
        Array.from({ length: 3 }, () => ({ product_id: 5, quantity: 1 })),
      );
    });
  });

  describe('bad input: 400 naming the field, recorded on the server span of the service that saw it', () => {
    it.each(BAD_INPUT_CASES)('%s %s %s', async (service, method, path, body, field) => {
      const caller = newTraceParent();

      const answer = await httpCall(`${serviceUrl(service)}${path}`, {
        method,
        body,
        headers: { traceparent: caller.header },
      });

      expect({ status: answer.status, body: answer.body }).toMatchObject({
        status: 400,
        body: { statusCode: 400, error: 'Bad Request', traceId: caller.traceId },
      });
      const { message } = answer.body as { message: string | string[] };
      const messages = Array.isArray(message) ? message : [message];
      expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(field)]));
      const server = await receiver.waitForSpan(
        `${service} SERVER in trace ${caller.traceId}`,
        (span) => span.traceId === caller.traceId && span.kind === 'server',
      );
      expect({ span: spanLabel(server), parent: server.parentSpanId }).toEqual({
        span: `${service}:${server.name} [server, ${server.spanId}]`,
        parent: caller.spanId,
      });
      expect(exceptionOf(server)['exception.message']).toEqual(
        expect.stringContaining(messages.join('; ')),
      );
      // The pipe stopped the request at the edge: no manual span, no downstream call.
      expect(receiver.spansOf(caller.traceId).map(spanLabel)).toEqual([spanLabel(server)]);
    });
  });

  describe('a downstream that is down or too slow', () => {
    const silent = new SilentServer();
    let downGateway: RunningStack;
    let slowGateway: RunningStack;

    beforeAll(async () => {
      const closed = `http://127.0.0.1:${await closedPort()}`;
      downGateway = await startGateway(suite.receiverUrl, DOWN_GATEWAY_PORT, {
        'order-service': closed,
      });
      slowGateway = await startGateway(
        suite.receiverUrl,
        SLOW_GATEWAY_PORT,
        { 'order-service': await silent.start() },
        { DOWNSTREAM_TIMEOUT_MS: '500' },
      );
    }, 90_000);

    afterAll(async () => {
      await downGateway?.stop();
      await slowGateway?.stop();
      await silent.stop();
    });

    /** One way order-service fails the gateway, and what the gateway must answer and record. */
    interface DownstreamCase {
      port: number;
      answer: ErrorAnswer;
      /** Shortest time the answer may take: the silent case waits for DOWNSTREAM_TIMEOUT_MS. */
      minElapsedMs: number;
      /** What else the case proves about the failing downstream. */
      alsoExpect: () => void;
    }
    const cases: [string, DownstreamCase][] = [
      [
        'order-service unreachable: 503 naming the hop, error on the gateway client span',
        {
          port: DOWN_GATEWAY_PORT,
          answer: {
            status: 503,
            error: 'Service Unavailable',
            message: 'order-service is unreachable (ECONNREFUSED)',
            hop: 'order-service',
          },
          minElapsedMs: 0,
          alsoExpect: () => undefined,
        },
      ],
      [
        'order-service silent: 504 naming the hop after DOWNSTREAM_TIMEOUT_MS, well under 5 s',
        {
          port: SLOW_GATEWAY_PORT,
          answer: {
            status: 504,
            error: 'Gateway Timeout',
            message: 'order-service did not answer within 500 ms',
            hop: 'order-service',
          },
          minElapsedMs: 450,
          alsoExpect: () => expect(silent.accepted).toBeGreaterThanOrEqual(1),
        },
      ],
    ];

    it.each(cases)('%s', async (_title, { port, answer: expected, minElapsedMs, alsoExpect }) => {
      const answer = await httpCall(`http://127.0.0.1:${port}/orders/456`);

      expect(answer.elapsedMs).toBeGreaterThanOrEqual(minElapsedMs);
      expect(answer.elapsedMs).toBeLessThan(5_000);
      alsoExpect();
      const traceId = expectErrorAnswer(answer, expected);
      const spans = await receiver.waitForSpans(traceId, 3);
      const manual = findSpan(spans, 'api-gateway.get_order');
      expect(spanView(manual)).toMatchObject({
        span: 'api-gateway:api-gateway.get_order',
        status: 'error',
      });
      expect(exceptionOf(manual)).toMatchObject({ 'exception.message': expected.message });
      const client = spans.find((span) => span.parentSpanId === manual.spanId);
      expect(client && spanView(client)).toMatchObject({
        span: 'api-gateway:GET',
        kind: 'client',
        status: 'error',
        events: ['exception'],
      });
      expect(serverSpanAbove(spans, manual).name).toBe('GET /orders/:id');
    });
  });
});
