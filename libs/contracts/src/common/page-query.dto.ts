import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { MAX_ID } from './limits';
import { IsIntInRange } from './is-int-in-range';

/** The most entries one page of a bookkeeping list holds. */
export const MAX_PAGE_SIZE = 5_000;

/** Query string of the order-keyed lists the reconciler reads: `?after=<order id>&limit=<n>`. */
export class PageQueryDto {
  /** Only entries whose order id is greater than this. */
  @IsOptional()
  @Type(() => Number)
  @IsIntInRange(0, MAX_ID)
  after = 0;

  @IsOptional()
  @Type(() => Number)
  @IsIntInRange(1, MAX_PAGE_SIZE)
  limit = 1_000;
}
