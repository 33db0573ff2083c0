import { Controller, Get, Query } from '@nestjs/common';
import {
  FIRST_PLACED_ORDER_ID,
  type OrderRow,
  PageQueryDto,
  PLACED_ORDERS_PATH,
  type PlacedOrdersPage,
  toOrderDto,
} from '@app/contracts';
import { SqlClient } from '../sql/sql-client';

/** This process's start: rows from before it are vouched for only if the data outlived it. */
const STARTED_AT = new Date().toISOString();

const PLACED_ORDERS =
  'SELECT id, user_id, product_id, quantity, status, created_at FROM orders' +
  ` WHERE id >= ${FIRST_PLACED_ORDER_ID} AND id > $1 ORDER BY id LIMIT $2`;

/**
 * The orders placed through order-service, a page at a time, for its reconciler. It reads this
 * every few seconds, so the path is one the services do not trace.
 */
@Controller(PLACED_ORDERS_PATH)
export class PlacedOrdersController {
  constructor(private readonly sql: SqlClient) {}

  @Get()
  async placed(@Query() { after, limit }: PageQueryDto): Promise<PlacedOrdersPage> {
    const { rows } = await this.sql.query<OrderRow>(PLACED_ORDERS, [after, limit]);
    return {
      // Conservative for a database kept on disk, which forgot nothing: it only means that the
      // reconciler leaves alone the stock held since before this start.
      complete_since: STARTED_AT,
      orders: rows.map(toOrderDto).map(({ id, product_id, quantity, created_at }) => ({
        id,
        product_id,
        quantity,
        created_at,
      })),
    };
  }
}
