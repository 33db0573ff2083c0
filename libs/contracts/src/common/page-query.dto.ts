import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_ID } from './limits';

/** The most entries one page of a bookkeeping list holds. */
export const MAX_PAGE_SIZE = 5_000;

/** Query string of the order-keyed lists the reconciler reads: `?after=<order id>&limit=<n>`. */
export class PageQueryDto {
  /** Only entries whose order id is greater than this. */
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(MAX_ID)
  @IsInt()
  after = 0;

  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  @IsInt()
  limit = 1_000;
}
