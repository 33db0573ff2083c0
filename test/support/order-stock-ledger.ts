import { serviceUrl } from './e2e-services';

/** Consecutive missing ids after which no more order rows are looked for (ids can have gaps). */
const GAP = 30;

async function orderRow(id: number): Promise<{ product_id: number; quantity: number } | undefined> {
  const response = await fetch(`${serviceUrl('database-service')}/query?table=orders&id=${id}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`database-service answered ${response.status} for order ${id}`);
  return (await response.json()) as { product_id: number; quantity: number };
}

/**
 * Reads, through the services' public routes, what the consistency of orders and stock rests on:
 * the order rows past an id (database-service) and a product's stock (inventory-service).
 */
export const orderStockLedger = {
  /** Units of `productId` inventory-service has now. */
  async available(productId: number): Promise<number> {
    const response = await fetch(`${serviceUrl('inventory-service')}/inventory/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ product_id: productId, quantity: 1 }),
    });
    if (!response.ok) throw new Error(`inventory-service answered ${response.status} to a check`);
    return ((await response.json()) as { available: number }).available;
  },

  /** The highest order id from `from` on, and the units of each product its rows hold. */
  async ordersFrom(from: number): Promise<{ lastId: number; units: Map<number, number> }> {
    const units = new Map<number, number>();
    let lastId = from - 1;
    for (let id = from, missing = 0; missing < GAP; id++) {
      const row = await orderRow(id);
      if (!row) {
        missing++;
        continue;
      }
      missing = 0;
      lastId = id;
      units.set(row.product_id, (units.get(row.product_id) ?? 0) + row.quantity);
    }
    return { lastId, units };
  },
};
