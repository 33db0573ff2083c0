import { Type } from 'class-transformer';
import { IsDefined, IsIn, ValidateNested } from 'class-validator';
import { NewOrderDto } from '../orders/new-order.dto';
import { WRITABLE_TABLES, type WritableTable } from './tables';

/** Body of database-service's `POST /insert`. */
export class InsertRequestDto {
  @IsIn(WRITABLE_TABLES, { message: `table must be one of: ${WRITABLE_TABLES.join(', ')}` })
  table!: WritableTable;

  @IsDefined()
  @ValidateNested()
  @Type(() => NewOrderDto)
  values!: NewOrderDto;
}
