import type {
  OrderReservationDto,
  PlacedOrderDto,
  PlacedOrdersPage,
  ReservationsPage,
} from '@app/contracts';

/** What one reconciliation pass found, and how far its verdict reaches. */
export interface OrphanPlan {
  /** Order rows that hold no stock: their saga died or gave up between the row and the stock. */
  ordersWithoutStock: PlacedOrderDto[];
  /** Stock held for an order whose row is gone: a reservation whose answer was lost. */
  stockWithoutOrder: OrderReservationDto[];
  /**
   * Every order id up to this one is settled once the repairs succeed: the next pass starts
   * after it. Entries younger than the grace period, or beyond a full page, are not settled yet.
   */
  settledThrough: number;
}

export interface PlanInput {
  after: number;
  limit: number;
  orders: PlacedOrdersPage;
  reservations: ReservationsPage;
  /** Entries made after this instant (epoch ms) may still be mid-saga and are left alone. */
  cutoffMs: number;
}

/**
 * Compares one page of placed orders with one page of held stock, both keyed by order id.
 * An entry is judged only when it is older than the cutoff (its saga has had time to finish or
 * give up) and the other side can vouch for that moment: a side that restarted without its data
 * (`complete_since`) cannot say what it held before, so its missing entries prove nothing.
 */
export function planReconciliation(input: PlanInput): OrphanPlan {
  const { after, limit, orders, reservations, cutoffMs } = input;
  // A full page may stop short: ids past its last entry are for the next pass.
  const horizon = Math.min(
    orders.orders.length === limit ? orders.orders[limit - 1].id : Infinity,
    reservations.reservations.length === limit
      ? reservations.reservations[limit - 1].order_id
      : Infinity,
  );
  const rows = new Map(orders.orders.filter(({ id }) => id <= horizon).map((o) => [o.id, o]));
  const held = new Map(
    reservations.reservations
      .filter(({ order_id }) => order_id <= horizon)
      .map((r) => [r.order_id, r]),
  );
  const stockKnownSince = Date.parse(reservations.complete_since);
  const rowsKnownSince = Date.parse(orders.complete_since);

  let youngest = Infinity;
  const ordersWithoutStock: PlacedOrderDto[] = [];
  for (const row of rows.values()) {
    const createdMs = Date.parse(row.created_at);
    if (createdMs >= cutoffMs) youngest = Math.min(youngest, row.id);
    else if (!held.has(row.id) && createdMs >= stockKnownSince) ordersWithoutStock.push(row);
  }
  const stockWithoutOrder: OrderReservationDto[] = [];
  for (const reservation of held.values()) {
    const reservedMs = Date.parse(reservation.reserved_at);
    if (reservedMs >= cutoffMs) youngest = Math.min(youngest, reservation.order_id);
    else if (!rows.has(reservation.order_id) && reservedMs >= rowsKnownSince) {
      stockWithoutOrder.push(reservation);
    }
  }

  const seen = Math.max(after, ...rows.keys(), ...held.keys());
  const settledThrough = Math.min(seen, horizon, youngest - 1);
  return { ordersWithoutStock, stockWithoutOrder, settledThrough };
}
