import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_ID } from './limits';

/** Route parameter `:id`, a positive integer. */
export class IdParamDto {
  @Type(() => Number)
  @Min(1, { message: 'id must be a positive integer' })
  @Max(MAX_ID, { message: `id must not be greater than ${MAX_ID}` })
  @IsInt({ message: 'id must be a positive integer' })
  id!: number;
}
