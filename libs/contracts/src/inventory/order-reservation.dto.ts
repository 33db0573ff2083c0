/** inventory-service's list of the stock held per order, which order-service's reconciler reads. */
export const RESERVATIONS_PATH = '/inventory/reservations';

/** One order's units as inventory-service holds them (`GET /inventory/reservations`). */
export interface OrderReservationDto {
  order_id: number;
  product_id: number;
  quantity: number;
  /** When the units were taken, ISO 8601. */
  reserved_at: string;
}

/** Answer of inventory-service's `GET /inventory/reservations?after=&limit=`. */
export interface ReservationsPage {
  /** Every reservation made from this instant on is known (a restart without a journal forgets). */
  complete_since: string;
  reservations: OrderReservationDto[];
}
