import { Injectable } from '@nestjs/common';
import { ATTR_DB_RESPONSE_STATUS_CODE } from '@opentelemetry/semantic-conventions';
import {
  type DeleteParamsDto,
  type InsertRequestDto,
  type OrderDto,
  type OrderRow,
  type QueryParamsDto,
  toOrderDto,
  type UserDto,
} from '@app/contracts';
import {
  ATTR_DB_RESPONSE_RETURNED_ROWS,
  ATTR_ORDER_ID,
  ATTR_PRODUCT_ID,
  ATTR_USER_ID,
  ATTR_ORDER_QUANTITY,
  Span,
  TraceService,
} from '@app/telemetry';
import { SqlClient } from '../sql/sql-client';
import { dbSpanAttributes } from './db-span-attributes';
import { FOREIGN_KEY_VIOLATION, isForeignKeyViolation } from './foreign-key-violation';
import {
  DELETE_BY_ID,
  INSERT_ROW,
  SELECT_BY_ID,
  type TableRecord,
  toRecord,
} from './record-statements';
import { RowNotFoundError } from './row-not-found.error';

/** What `DELETE /delete` answers. */
export interface DeleteResult {
  deleted: number;
}

/**
 * Reads and writes rows, one span per statement. A lookup or delete that matches no row is a
 * successful statement, so its span stays OK and the 404 is raised after it ends; a rejected
 * insert is a failed statement and is recorded on its span.
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly sql: SqlClient,
    private readonly traceService: TraceService,
  ) {}

  /** The row `id` of `table`; RowNotFoundError when there is none. */
  async findById(params: QueryParamsDto): Promise<TableRecord> {
    const record = await this.select(params);
    if (!record) throw new RowNotFoundError(params.table, params.id);
    return record;
  }

  /** Inserts a row and returns it as stored; RowNotFoundError when its user does not exist. */
  @Span('database-service.insert', ({ table, values }: InsertRequestDto) => ({
    attributes: {
      ...dbSpanAttributes('INSERT', table, INSERT_ROW[table]),
      [ATTR_USER_ID]: values.user_id,
      [ATTR_PRODUCT_ID]: values.product_id,
      [ATTR_ORDER_QUANTITY]: values.quantity,
    },
  }))
  async insert({ table, values }: InsertRequestDto): Promise<OrderDto> {
    const span = this.traceService.getSpan();
    let rows: OrderRow[];
    try {
      ({ rows } = await this.sql.query<OrderRow>(INSERT_ROW[table], [
        values.user_id,
        values.product_id,
        values.quantity,
      ]));
    } catch (error) {
      // Only if the user vanished between the statement's check and its write.
      if (!isForeignKeyViolation(error)) throw error;
      span?.setAttribute(ATTR_DB_RESPONSE_STATUS_CODE, FOREIGN_KEY_VIOLATION);
      rows = [];
    }
    span?.setAttribute(ATTR_DB_RESPONSE_RETURNED_ROWS, rows.length);
    // orders has one foreign key, user_id → users(id): no row means no such user.
    if (rows.length === 0) throw new RowNotFoundError('users', values.user_id);
    const order = toOrderDto(rows[0]);
    span?.setAttribute(ATTR_ORDER_ID, order.id);
    span?.addEvent('Row inserted', { [ATTR_ORDER_ID]: order.id });
    return order;
  }

  /** Deletes the row `id` of `table`; RowNotFoundError when there was none. */
  async remove(params: DeleteParamsDto): Promise<DeleteResult> {
    const deleted = await this.delete(params);
    if (deleted === 0) throw new RowNotFoundError(params.table, params.id);
    return { deleted };
  }

  @Span('database-service.query', ({ table }: QueryParamsDto) => ({
    attributes: dbSpanAttributes('SELECT', table, SELECT_BY_ID[table]),
  }))
  private async select({ table, id }: QueryParamsDto): Promise<TableRecord | undefined> {
    const span = this.traceService.getSpan();
    span?.addEvent('Query started');
    const { rows } = await this.sql.query<UserDto | OrderRow>(SELECT_BY_ID[table], [id]);
    span?.setAttribute(ATTR_DB_RESPONSE_RETURNED_ROWS, rows.length);
    span?.addEvent('Query completed', { [ATTR_DB_RESPONSE_RETURNED_ROWS]: rows.length });
    return rows.length > 0 ? toRecord(table, rows[0]) : undefined;
  }

  @Span('database-service.delete', ({ table, id }: DeleteParamsDto) => ({
    attributes: { ...dbSpanAttributes('DELETE', table, DELETE_BY_ID[table]), [ATTR_ORDER_ID]: id },
  }))
  private async delete({ table, id }: DeleteParamsDto): Promise<number> {
    const { affectedRows } = await this.sql.query(DELETE_BY_ID[table], [id]);
    if (affectedRows > 0)
      this.traceService.getSpan()?.addEvent('Row deleted', { [ATTR_ORDER_ID]: id });
    return affectedRows;
  }
}
