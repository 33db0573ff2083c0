import type { AdminClient } from './admin.client';

interface StockLevel {
  product_id: number;
  available: number;
  received: number;
}
interface OrderTotal {
  product_id: number;
  ordered: number;
  orders: number;
}

/** `1 order`, `2 orders`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One product whose stock and orders disagree. */
export interface ConsistencyViolation {
  productId: number;
  problem: string;
}

/**
 * Compares inventory-service's stock with database-service's orders table, through their admin
 * APIs: for every product, the units it received (start plus restocks) minus the units on hand
 * must equal the units of the orders placed since start-up, and nothing is negative. Run it
 * when no order is in flight: an order between its reservation and its answer counts as a
 * violation.
 */
export async function checkConsistency(admin: AdminClient): Promise<ConsistencyViolation[]> {
  const [{ products: stock }, { products: orders }] = await Promise.all([
    admin.call<{ products: StockLevel[] }>('inventory-service', 'GET', '/inventory/stock'),
    admin.call<{ products: OrderTotal[] }>('database-service', 'GET', '/orders/totals'),
  ]);
  const ordered = new Map(orders.map((total) => [total.product_id, total]));
  const violations: ConsistencyViolation[] = [];
  for (const level of stock) {
    const taken = level.received - level.available;
    const rows = ordered.get(level.product_id);
    ordered.delete(level.product_id);
    if (level.available < 0) {
      violations.push({ productId: level.product_id, problem: `stock is ${level.available}` });
    }
    if (taken !== (rows?.ordered ?? 0)) {
      violations.push({
        productId: level.product_id,
        problem: `${taken} units left the stock but the orders table holds ${rows?.ordered ?? 0} in ${plural(rows?.orders ?? 0, 'order')}`,
      });
    }
  }
  for (const rows of ordered.values()) {
    violations.push({
      productId: rows.product_id,
      problem: `${plural(rows.orders, 'order')} for a product inventory-service does not stock`,
    });
  }
  return violations;
}
