import { InsufficientStockError } from './insufficient-stock.error';
import { ProductNotFoundError } from './product-not-found.error';
import { INITIAL_STOCK, parseInitialStock } from './initial-stock';
import { StockLedger } from './stock-ledger';

describe(StockLedger.name, () => {
  it('starts with the seeded stock of products 1-5', () => {
    const ledger = new StockLedger();
    expect([1, 2, 3, 4, 5].map((id) => ledger.available(id))).toEqual([...INITIAL_STOCK.values()]);
  });

  it('takes units and reports what is left', () => {
    const ledger = new StockLedger();
    expect(ledger.reserve(4, 4)).toBe(6);
    expect(ledger.available(4)).toBe(6);
  });

  it('refuses to go below zero and takes nothing when refusing', () => {
    const ledger = new StockLedger();
    expect(() => ledger.reserve(5, 4)).toThrow(InsufficientStockError);
    expect(ledger.available(5)).toBe(3);
    expect(ledger.reserve(5, 3)).toBe(0);
    expect(() => ledger.reserve(5, 1)).toThrow(InsufficientStockError);
    expect(ledger.available(5)).toBe(0);
  });

  it('starts from INITIAL_STOCK when set, and from the seed when not', () => {
    expect(new StockLedger(parseInitialStock('1:1000000000,7:2')).available(1)).toBe(1_000_000_000);
    expect(new StockLedger(parseInitialStock('1:1000000000,7:2')).available(7)).toBe(2);
    expect(() => new StockLedger(parseInitialStock('7:2')).available(5)).toThrow(
      ProductNotFoundError,
    );
    expect(parseInitialStock(undefined)).toBe(INITIAL_STOCK);
  });

  it('knows no product outside its catalogue', () => {
    const ledger = new StockLedger();
    expect(() => ledger.available(6)).toThrow(ProductNotFoundError);
    expect(() => ledger.reserve(6, 1)).toThrow(ProductNotFoundError);
  });
});
