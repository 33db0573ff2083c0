import { Controller, Get } from '@nestjs/common';
import { FIRST_PLACED_ORDER_ID } from '@app/contracts';
import { SqlClient } from '../sql/sql-client';

/** Units ordered per product, as the consistency check compares them with inventory's stock. */
export interface OrderTotals {
  products: { product_id: number; ordered: number; orders: number }[];
}

/** Orders placed since start-up: the seeded ones are older history. */
const ORDER_TOTALS =
  'SELECT product_id, SUM(quantity)::integer AS ordered, COUNT(*)::integer AS orders' +
  ` FROM orders WHERE id >= ${FIRST_PLACED_ORDER_ID} GROUP BY product_id ORDER BY product_id`;

/**
 * On the admin listener only (untraced; AppModule lists it there): what the consistency check
 * reads from the orders table.
 */
@Controller('orders')
export class OrderTotalsController {
  constructor(private readonly sql: SqlClient) {}

  @Get('totals')
  async totals(): Promise<OrderTotals> {
    const { rows } = await this.sql.query<OrderTotals['products'][number]>(ORDER_TOTALS);
    return { products: rows };
  }
}
