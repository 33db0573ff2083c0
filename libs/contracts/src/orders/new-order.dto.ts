import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';
import { IsIntInRange } from '../common/is-int-in-range';

/**
 * A new order as JSON: order-service's `POST /orders` body and the `values` of an `orders` insert.
 * Types are strict here: `"2"` where a number belongs is rejected, not converted.
 */
export class NewOrderDto {
  @IsIntInRange(1, MAX_ID)
  user_id!: number;

  @IsIntInRange(1, MAX_ID)
  product_id!: number;

  @IsIntInRange(1, MAX_ORDER_QUANTITY)
  quantity!: number;
}
