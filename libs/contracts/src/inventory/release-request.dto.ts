import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID } from '../common/limits';

/** Body of inventory-service's `POST /inventory/release`: give an order's units back. */
export class ReleaseRequestDto {
  @Min(1)
  @Max(MAX_ID)
  @IsInt()
  order_id!: number;
}

/** Answer of `POST /inventory/release`: the units returned (0 when the order held none). */
export interface ReleaseDto {
  order_id: number;
  released: number;
}
