/** Answer of `POST /inventory/check`: whether `quantity` units can be had right now. */
export interface StockCheckDto {
  product_id: number;
  requested: number;
  available: number;
  sufficient: boolean;
}
