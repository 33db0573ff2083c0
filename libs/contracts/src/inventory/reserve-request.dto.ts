import { IsOptional } from 'class-validator';
import { MAX_ID } from '../common/limits';
import { StockRequestDto } from './stock-request.dto';
import { IsIntInRange } from '../common/is-int-in-range';

/**
 * Body of inventory-service's `POST /inventory/reserve`. With `order_id` the reservation belongs
 * to that order: reserving it again takes nothing more, and it can be released by the order's id.
 */
export class ReserveRequestDto extends StockRequestDto {
  @IsOptional()
  @IsIntInRange(1, MAX_ID)
  order_id?: number;
}
