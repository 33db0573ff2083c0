import {
  type OrderDto,
  type OrderRow,
  type QueryableTable,
  toOrderDto,
  type UserDto,
  type WritableTable,
} from '@app/contracts';

const USER_COLUMNS = 'id, name, email';
const ORDER_COLUMNS = 'id, user_id, product_id, quantity, status, created_at';

/** Every statement is parameterised: this text goes on spans as `db.query.text`, values never do. */
export const SELECT_BY_ID: Readonly<Record<QueryableTable, string>> = {
  users: `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`,
  orders: `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1`,
};

/**
 * Inserts only when the user exists: a plain VALUES insert that the foreign key rejects has
 * already drawn an id from the sequence (sequences ignore rollback), leaving a gap in order ids.
 * The foreign key stays the guarantee; this just makes the common miss write nothing at all.
 */
export const INSERT_ROW: Readonly<Record<WritableTable, string>> = {
  orders:
    'INSERT INTO orders (user_id, product_id, quantity) SELECT $1, $2, $3' +
    ` WHERE EXISTS (SELECT 1 FROM users WHERE id = $1) RETURNING ${ORDER_COLUMNS}`,
};

export const DELETE_BY_ID: Readonly<Record<WritableTable, string>> = {
  orders: 'DELETE FROM orders WHERE id = $1',
};

/** A row of either table as JSON answers carry it. */
export type TableRecord = UserDto | OrderDto;

/** Turns a row of `table` into its JSON shape. */
export function toRecord(table: QueryableTable, row: UserDto | OrderRow): TableRecord {
  return table === 'orders' ? toOrderDto(row as OrderRow) : (row as UserDto);
}
