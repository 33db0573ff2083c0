import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';

/**
 * A new order as JSON: order-service's `POST /orders` body and the `values` of an `orders` insert.
 * Types are strict here: `"2"` where a number belongs is rejected, not converted.
 */
export class NewOrderDto {
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  user_id!: number;

  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  product_id!: number;

  @Min(1)
  @Max(MAX_ORDER_QUANTITY)
  @IsInt()
  quantity!: number;
}
