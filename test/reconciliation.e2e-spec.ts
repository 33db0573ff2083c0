import type { TraceSpan } from '@tools/trace-model';
import { SERVICE_NAMES, serviceUrl, servicesAppEnv, telemetryEnv } from './support/e2e-services';
import { eventually } from '@tools/polling';
import { httpCall } from './support/http-call';
import { OtlpJsonReceiver } from './support/otlp-json-receiver';
import { eventOf, findSpan, parentOf } from './support/span-assertions';
import { type RunningStack, launchStack } from '../tools/stack/launch-stack';

/** A pass every 200 ms, judging entries older than 1.5 s: no saga here takes longer. */
const RECONCILE_ENV = { RECONCILE_INTERVAL_MS: '200', RECONCILE_GRACE_MS: '1500' };
/** A few passes past the grace period, with room for a busy machine. */
const REPAIR_TIMEOUT_MS = 15_000;
/** An order id no row will ever have in this suite (new rows count up from 1000). */
const ORDER_WITHOUT_ROW = 900_000;

interface StockLevel {
  product_id: number;
  available: number;
}

async function availableUnits(productId: number): Promise<number> {
  const answer = await httpCall(`${serviceUrl('inventory-service')}/inventory/check`, {
    method: 'POST',
    body: { product_id: productId, quantity: 1 },
  });
  return (answer.body as StockLevel).available;
}

describe("order-service's reconciler: every order row holds its stock, no stock is held for nothing", () => {
  const receiver = new OtlpJsonReceiver();
  let stack: RunningStack | undefined;

  beforeAll(async () => {
    const receiverUrl = await receiver.start();
    stack = await launchStack({
      apps: SERVICE_NAMES,
      env: telemetryEnv(receiverUrl),
      appEnv: servicesAppEnv({}, { 'order-service': RECONCILE_ENV }),
      startTimeoutMs: 60_000,
    });
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver.stop();
  });

  it('leaves a placed order and its stock alone', async () => {
    const before = await availableUnits(1);
    const placed = await httpCall(
      `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=2`,
      { method: 'POST' },
    );
    expect(placed.status).toBe(201);
    const { id } = placed.body as { id: number };

    // Several passes past its grace period later, the row and its units are both still there.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await httpCall(`${serviceUrl('api-gateway')}/orders/${id}`)).status).toBe(200);
    expect(await availableUnits(1)).toBe(before - 2);
    expect(receiver.all().filter(({ name }) => name === 'order-service.reconcile')).toEqual([]);
  }, 15_000);

  it('deletes a row that holds no stock and releases stock held for no row, in one traced repair', async () => {
    const productTwoBefore = await availableUnits(2);
    const productThreeBefore = await availableUnits(3);
    // Half a saga each, as a kill between the steps or a lost answer leaves them.
    const inserted = await httpCall(`${serviceUrl('database-service')}/insert`, {
      method: 'POST',
      body: { table: 'orders', values: { user_id: 123, product_id: 2, quantity: 3 } },
    });
    expect(inserted.status).toBe(201);
    const rowWithoutStock = (inserted.body as { id: number }).id;
    const reserved = await httpCall(`${serviceUrl('inventory-service')}/inventory/reserve`, {
      method: 'POST',
      body: { product_id: 3, quantity: 2, order_id: ORDER_WITHOUT_ROW },
    });
    expect(reserved.status).toBe(200);
    expect(await availableUnits(3)).toBe(productThreeBefore - 2);

    const repair = await eventually(
      'a reconcile trace',
      () => receiver.all().find(({ name }) => name === 'order-service.reconcile'),
      REPAIR_TIMEOUT_MS,
    );
    const spans = await eventually(
      'the repair trace, whole',
      () => {
        const trace = receiver.spansOf(repair.traceId);
        const done = (name: string) => trace.some((span) => span.name === name);
        return done('database-service.delete') && done('inventory-service.release')
          ? trace
          : undefined;
      },
      REPAIR_TIMEOUT_MS,
    );

    expect(repair.parentSpanId).toBeUndefined();
    expect(repair.attributes).toMatchObject({
      'reconcile.orders_without_stock': 1,
      'reconcile.stock_without_order': 1,
    });
    expect(eventOf(repair, 'Order without stock deleted').attributes).toEqual({
      'order.id': rowWithoutStock,
      'order.quantity': 3,
    });
    expect(eventOf(repair, 'Stock without order released').attributes).toEqual({
      'order.id': ORDER_WITHOUT_ROW,
      'order.quantity': 2,
    });
    const deleted = findSpan(spans, 'database-service.delete');
    expect(deleted.attributes['order.id']).toBe(rowWithoutStock);
    const released = findSpan(spans, 'inventory-service.release');
    expect(eventOf(released, 'Stock released').attributes).toEqual({
      'order.id': ORDER_WITHOUT_ROW,
      'order.quantity': 2,
    });
    // Each repair is a real call from the reconcile span: client span, then the callee's server span.
    for (const span of [deleted, released]) {
      let ancestor: TraceSpan | undefined = span;
      while (ancestor && ancestor.spanId !== repair.spanId) ancestor = parentOf(spans, ancestor);
      expect(ancestor?.spanId).toBe(repair.spanId);
    }

    // The row is gone, the units are back, and product 2 never lost any.
    const row = await httpCall(
      `${serviceUrl('database-service')}/query?table=orders&id=${rowWithoutStock}`,
    );
    expect(row.status).toBe(404);
    expect(await availableUnits(3)).toBe(productThreeBefore);
    expect(await availableUnits(2)).toBe(productTwoBefore);
  }, 30_000);

  it("makes no spans for the reconciler's bookkeeping reads", () => {
    const bookkeeping = /\/placed-orders|\/inventory\/reservations/;
    const reads = receiver
      .all()
      .filter(
        (span) =>
          bookkeeping.test(span.name) ||
          Object.values(span.attributes).some((value) => bookkeeping.test(String(value))),
      );
    expect(reads).toEqual([]);
  });

  it('takes stock once per order however often the reservation is sent', async () => {
    const before = await availableUnits(4);
    const reserve = () =>
      httpCall(`${serviceUrl('inventory-service')}/inventory/reserve`, {
        method: 'POST',
        body: { product_id: 4, quantity: 1, order_id: ORDER_WITHOUT_ROW + 1 },
      });
    expect((await reserve()).status).toBe(200);
    expect((await reserve()).status).toBe(200);
    expect(await availableUnits(4)).toBe(before - 1);
  });
});
