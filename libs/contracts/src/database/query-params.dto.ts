import { IsIn } from 'class-validator';
import { IdParamDto } from '../common/id-param.dto';
import { QUERYABLE_TABLES, type QueryableTable } from './tables';

/** Query string of database-service's `GET /query?table=&id=`. */
export class QueryParamsDto extends IdParamDto {
  @IsIn(QUERYABLE_TABLES, { message: `table must be one of: ${QUERYABLE_TABLES.join(', ')}` })
  table!: QueryableTable;
}
