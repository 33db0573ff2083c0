import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';
import { IsIntInRange } from '../common/is-int-in-range';

/** Body of inventory-service's `POST /inventory/check` and `POST /inventory/reserve`. */
export class StockRequestDto {
  @IsIntInRange(1, MAX_ID)
  product_id!: number;

  @IsIntInRange(1, MAX_ORDER_QUANTITY)
  quantity!: number;
}
