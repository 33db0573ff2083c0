import { MAX_ID } from '../common/limits';
import { IsIntInRange } from '../common/is-int-in-range';

/** Body of inventory-service's `POST /inventory/release`: give an order's units back. */
export class ReleaseRequestDto {
  @IsIntInRange(1, MAX_ID)
  order_id!: number;
}

/** Answer of `POST /inventory/release`: the units returned (0 when the order held none). */
export interface ReleaseDto {
  order_id: number;
  released: number;
}
