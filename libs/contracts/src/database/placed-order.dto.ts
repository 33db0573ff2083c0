/**
 * The first id of an order placed through order-service: the seeded rows below it are history
 * that holds no stock.
 */
export const FIRST_PLACED_ORDER_ID = 1000;

/** database-service's list of placed orders, which order-service's reconciler reads. */
export const PLACED_ORDERS_PATH = '/placed-orders';

/** One order placed through order-service, as its reconciler compares it with the stock held. */
export interface PlacedOrderDto {
  id: number;
  product_id: number;
  quantity: number;
  created_at: string;
}

/** Answer of database-service's `GET /placed-orders?after=&limit=`. */
export interface PlacedOrdersPage {
  /** Since this service started: a restart in memory forgets the rows from before it. */
  complete_since: string;
  orders: PlacedOrderDto[];
}
