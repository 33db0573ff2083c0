import { IsIn } from 'class-validator';
import { IdParamDto } from '../common/id-param.dto';
import { WRITABLE_TABLES, type WritableTable } from './tables';

/** Query string of database-service's `DELETE /delete?table=&id=` (compensation only). */
export class DeleteParamsDto extends IdParamDto {
  @IsIn(WRITABLE_TABLES, { message: `table must be one of: ${WRITABLE_TABLES.join(', ')}` })
  table!: WritableTable;
}
