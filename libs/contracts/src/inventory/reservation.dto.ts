/** Answer of `POST /inventory/reserve`: the units taken and what is left. */
export interface ReservationDto {
  product_id: number;
  reserved: number;
  remaining: number;
}
