import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';

/** Query string of the gateway's `POST /orders?user_id=&product_id=&quantity=`. */
export class CreateOrderQueryDto {
  @Type(() => Number)
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  user_id!: number;

  @Type(() => Number)
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  product_id!: number;

  @Type(() => Number)
  @Min(1)
  @Max(MAX_ORDER_QUANTITY)
  @IsInt()
  quantity!: number;
}
