import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID } from '../common/limits';

/** Body of inventory-service's admin `POST /inventory/restock`. */
export class RestockRequestDto {
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  product_id!: number;

  @Min(1)
  @Max(1_000_000_000)
  @IsInt()
  quantity!: number;
}
