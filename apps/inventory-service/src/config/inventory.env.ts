import { ServiceEnv } from '@app/service-kit';
import { IsOptional, Matches } from 'class-validator';
import { INITIAL_STOCK_PATTERN } from '../inventory/initial-stock';

/** inventory-service settings; it calls no other service. */
export class InventoryEnv extends ServiceEnv {
  override PORT = 8004;

  /** Stock at start-up as `product:units` pairs (e.g. `1:100,2:50`); unset, the seed's. */
  @IsOptional()
  @Matches(INITIAL_STOCK_PATTERN, {
    message: 'INITIAL_STOCK must be product:units pairs, e.g. 1:100,2:50',
  })
  INITIAL_STOCK?: string;
}
