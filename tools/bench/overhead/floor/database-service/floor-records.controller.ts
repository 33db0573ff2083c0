import { PGlite } from '@electric-sql/pglite';
import { Body, Controller, Get, Inject, NotFoundException, Post, Query } from '@nestjs/common';
import {
  type NewOrderDto,
  type OrderDto,
  type OrderRow,
  type QueryableTable,
  toOrderDto,
} from '@app/contracts';
// The statements database-service runs, imported so the floor runs exactly the same SQL.
import {
  INSERT_ROW,
  SELECT_BY_ID,
  type TableRecord,
  toRecord,
} from '../../../../../apps/database-service/src/records/record-statements';

/** database-service's `GET /query` and `POST /insert` on PGlite, nothing around the SQL. */
@Controller()
export class FloorRecordsController {
  constructor(@Inject(PGlite) private readonly db: PGlite) {}

  @Get('query')
  async query(@Query('table') table: string, @Query('id') id: string): Promise<TableRecord> {
    if (!Object.hasOwn(SELECT_BY_ID, table)) throw new NotFoundException(`No table ${table}`);
    const queryable = table as QueryableTable;
    const { rows } = await this.db.query<OrderRow>(SELECT_BY_ID[queryable], [Number(id)]);
    if (rows.length === 0) throw new NotFoundException(`No ${table} row ${id}`);
    return toRecord(queryable, rows[0]);
  }

  @Post('insert')
  async insert(@Body() { values }: { values: NewOrderDto }): Promise<OrderDto> {
    const { rows } = await this.db.query<OrderRow>(INSERT_ROW.orders, [
      values.user_id,
      values.product_id,
      values.quantity,
    ]);
    // The statement inserts only when the user exists, as the real service's does.
    if (rows.length === 0) throw new NotFoundException(`No users row ${values.user_id}`);
    return toOrderDto(rows[0]);
  }
}
