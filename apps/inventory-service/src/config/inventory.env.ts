import { ServiceEnv } from '@app/service-kit';
import { serviceOf } from '@app/topology';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { INITIAL_STOCK_PATTERN } from '../inventory/initial-stock';

/** inventory-service settings; it calls no other service. */
export class InventoryEnv extends ServiceEnv {
  override PORT = serviceOf('inventory-service').port;

  /** Stock at start-up as `product:units` pairs (e.g. `1:100,2:50`); unset, the seed's. */
  @IsOptional()
  @Matches(INITIAL_STOCK_PATTERN, {
    message: 'INITIAL_STOCK must be product:units pairs, e.g. 1:100,2:50',
  })
  INITIAL_STOCK?: string;

  /**
   * A file to journal every stock change to, so that a restart carries on from the stock it left
   * (`npm start` sets one per run). Absent or empty: the stock is kept in memory only.
   */
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsString()
  STOCK_JOURNAL_FILE?: string;
}
