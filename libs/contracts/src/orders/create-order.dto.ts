import { Type } from 'class-transformer';
import { MAX_ID, MAX_ORDER_QUANTITY } from '../common/limits';
import { IsIntInRange } from '../common/is-int-in-range';

/** Query string of the gateway's `POST /orders?user_id=&product_id=&quantity=`. */
export class CreateOrderQueryDto {
  @Type(() => Number)
  @IsIntInRange(1, MAX_ID)
  user_id!: number;

  @Type(() => Number)
  @IsIntInRange(1, MAX_ID)
  product_id!: number;

  @Type(() => Number)
  @IsIntInRange(1, MAX_ORDER_QUANTITY)
  quantity!: number;
}
