import type { OrderReservationDto, PlacedOrderDto } from '@app/contracts';
import { planReconciliation, type PlanInput } from './orphan-plan';

const T0 = Date.parse('2026-01-01T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const CUTOFF = T0 + 60_000;

function order(id: number, seconds: number): PlacedOrderDto {
  return { id, product_id: 1, quantity: 2, created_at: at(seconds) };
}
function held(orderId: number, seconds: number): OrderReservationDto {
  return { order_id: orderId, product_id: 1, quantity: 2, reserved_at: at(seconds) };
}

function plan(
  orders: PlacedOrderDto[],
  reservations: OrderReservationDto[],
  extra: Partial<PlanInput> = {},
) {
  return planReconciliation({
    after: 999,
    limit: 100,
    orders: { complete_since: at(0), orders },
    reservations: { complete_since: at(0), reservations },
    cutoffMs: CUTOFF,
    ...extra,
  });
}

describe(planReconciliation.name, () => {
  it('finds nothing when every old row holds its stock, and settles through the last id', () => {
    expect(plan([order(1000, 1), order(1001, 2)], [held(1000, 1), held(1001, 2)])).toEqual({
      ordersWithoutStock: [],
      stockWithoutOrder: [],
      settledThrough: 1001,
    });
  });

  it('finds a row without stock and stock without a row, once both are past the cutoff', () => {
    const result = plan([order(1000, 1), order(1001, 2)], [held(1001, 2), held(1002, 3)]);
    expect(result.ordersWithoutStock.map(({ id }) => id)).toEqual([1000]);
    expect(result.stockWithoutOrder.map(({ order_id }) => order_id)).toEqual([1002]);
    expect(result.settledThrough).toBe(1002);
  });

  it('leaves entries younger than the cutoff for a later pass, and settles only below them', () => {
    const result = plan([order(1000, 1), order(1001, 61), order(1002, 2)], [held(1002, 2)]);
    // 1001 may still be on its way to its reservation; 1000 is old and alone.
    expect(result.ordersWithoutStock.map(({ id }) => id)).toEqual([1000]);
    expect(result.settledThrough).toBe(1000);
  });

  it('judges nothing that the other side cannot vouch for: it restarted without its data', () => {
    const result = plan([order(1000, 1)], [held(1001, 1)], {
      orders: { complete_since: at(30), orders: [order(1000, 1)] },
      reservations: { complete_since: at(30), reservations: [held(1001, 1)] },
    });
    expect(result.ordersWithoutStock).toEqual([]);
    expect(result.stockWithoutOrder).toEqual([]);
    expect(result.settledThrough).toBe(1001);
  });

  it('stops at the end of a full page, whose next entries may pair with it', () => {
    const result = plan(
      [order(1000, 1), order(1001, 1)],
      [held(1000, 1), held(1001, 1), held(1002, 1)],
      {
        limit: 2,
      },
    );
    // The reservations page is full too; 1002's row, if any, is on the next page.
    expect(result.stockWithoutOrder).toEqual([]);
    expect(result.settledThrough).toBe(1001);
  });

  it('keeps its place when both sides are empty', () => {
    expect(plan([], [], { after: 1234 }).settledThrough).toBe(1234);
  });
});
