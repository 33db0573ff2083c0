import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';

/** Body of inventory-service's `POST /inventory/check` and `POST /inventory/reserve`. */
export class StockRequestDto {
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  product_id!: number;

  @Min(1)
  @Max(MAX_ORDER_QUANTITY)
  @IsInt()
  quantity!: number;
}
