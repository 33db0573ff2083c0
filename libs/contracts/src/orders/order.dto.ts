/** An order as order-service returns it. */
export interface OrderDto {
  id: number;
  user_id: number;
  product_id: number;
  quantity: number;
  status: string;
  created_at: string;
}

/** An orders row as a driver gives it (`timestamptz` arrives as a Date), or as a hop answered it. */
export type OrderRow = Omit<OrderDto, 'created_at'> & { created_at: Date | string };

/**
 * An order's JSON shape: the contract's fields only, whatever else the row holds, and the
 * timestamp as an ISO 8601 string.
 */
export function toOrderDto(row: OrderRow): OrderDto {
  const { id, user_id, product_id, quantity, status, created_at } = row;
  return {
    id,
    user_id,
    product_id,
    quantity,
    status,
    created_at: created_at instanceof Date ? created_at.toISOString() : created_at,
  };
}
