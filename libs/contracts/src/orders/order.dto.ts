/** An order as order-service returns it. */
export interface OrderDto {
  id: number;
  user_id: number;
  product_id: number;
  quantity: number;
  status: string;
  created_at: string;
}
