import { MAX_ID } from '../common/limits';
import { IsIntInRange } from '../common/is-int-in-range';

/** Body of inventory-service's admin `POST /inventory/restock`. */
export class RestockRequestDto {
  @IsIntInRange(1, MAX_ID)
  product_id!: number;

  @IsIntInRange(1, 1_000_000_000)
  quantity!: number;
}
