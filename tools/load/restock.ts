/** What the restock before a run did, for the summary. */
export type RestockResult =
  | { status: 'not-needed' }
  | { status: 'restocked'; products: { productId: number; added: number; available: number }[] }
  | { status: 'failed'; reason: string };

/** The admin route of inventory-service that adds stock (loopback only, see the README). */
export const RESTOCK_PATH = '/inventory/restock';

/**
 * Adds `units` of each product through inventory-service's admin route, so a long run measures
 * the same work throughout instead of running into 409s once the seeded stock is gone. Says
 * why when it could not (the route missing from this build, the admin port not answering).
 */
export async function restock(
  adminUrl: string,
  units: Map<number, number>,
): Promise<RestockResult> {
  if (units.size === 0) return { status: 'not-needed' };
  const url = new URL(RESTOCK_PATH, adminUrl).toString();
  const products: { productId: number; added: number; available: number }[] = [];
  for (const [productId, quantity] of units) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ product_id: productId, quantity }),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      const cause =
        (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      return { status: 'failed', reason: `nothing answers POST ${url} (${cause})` };
    }
    const text = await response.text();
    if (response.status === 404) {
      return {
        status: 'failed',
        reason: `POST ${url} answered 404: this inventory-service has no admin restock route`,
      };
    }
    if (!response.ok) {
      return {
        status: 'failed',
        reason: `POST ${url} answered ${response.status}: ${text.slice(0, 200)}`,
      };
    }
    const body = JSON.parse(text) as { available?: number };
    products.push({ productId, added: quantity, available: Number(body.available) });
  }
  return { status: 'restocked', products };
}
