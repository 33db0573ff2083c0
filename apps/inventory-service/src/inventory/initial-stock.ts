/** Stock at start: products 1-5. Product 5 is nearly sold out, to show the 409 path. */
export const INITIAL_STOCK: ReadonlyMap<number, number> = new Map([
  [1, 100],
  [2, 50],
  [3, 25],
  [4, 10],
  [5, 3],
]);

/** What `INITIAL_STOCK` must look like: `product:units` pairs, comma-separated. */
export const INITIAL_STOCK_PATTERN = /^\d{1,10}:\d{1,15}(,\d{1,10}:\d{1,15})*$/;

/** Reads a validated `INITIAL_STOCK` setting such as `1:100,2:50`; the seed when unset. */
export function parseInitialStock(setting: string | undefined): ReadonlyMap<number, number> {
  if (!setting) return INITIAL_STOCK;
  return new Map(
    setting.split(',').map((pair) => {
      const [product, units] = pair.split(':');
      return [Number(product), Number(units)];
    }),
  );
}
