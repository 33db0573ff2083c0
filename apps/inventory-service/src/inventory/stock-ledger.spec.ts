import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProductNotFoundError } from '@app/clients';
import { InsufficientStockError } from './insufficient-stock.error';
import { INITIAL_STOCK, parseInitialStock } from './initial-stock';
import { StockJournal } from './stock-journal';
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

describe(`${StockLedger.name} with orders and a journal`, () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stock-ledger-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const reopen = (path: string) => {
    const opened = StockJournal.open(path);
    return { ledger: new StockLedger(INITIAL_STOCK, opened), journal: opened.journal };
  };

  it('takes stock once per order, however often it is reserved, and releases it by order id', () => {
    const ledger = new StockLedger();
    expect(ledger.reserve(1, 5, 1000)).toBe(95);
    expect(ledger.reserve(1, 5, 1000)).toBe(95);
    expect(ledger.reservationsAfter(0, 10)).toEqual([
      { order_id: 1000, product_id: 1, quantity: 5, reserved_at: expect.any(String) },
    ]);
    expect(ledger.release(1000)).toBe(5);
    expect(ledger.release(1000)).toBe(0);
    expect(ledger.available(1)).toBe(100);
    expect(ledger.reservationsAfter(0, 10)).toEqual([]);
  });

  it('pages reservations by order id', () => {
    const ledger = new StockLedger();
    for (const orderId of [1003, 1001, 1002]) ledger.reserve(2, 1, orderId);
    expect(ledger.reservationsAfter(1001, 1).map(({ order_id }) => order_id)).toEqual([1002]);
    expect(ledger.reservationsAfter(0, 5).map(({ order_id }) => order_id)).toEqual([
      1001, 1002, 1003,
    ]);
  });

  it('starts again where the journal left off: stock, receipts and reservations', () => {
    const path = join(dir, 'journal.jsonl');
    const first = reopen(path);
    first.ledger.restock(1, 50);
    first.ledger.reserve(1, 7, 1000);
    first.ledger.reserve(2, 3, 1001);
    first.ledger.reserve(3, 1);
    first.ledger.release(1001);
    const since = first.ledger.completeSince();
    first.journal.close();

    const second = reopen(path);
    expect(second.ledger.snapshot().slice(0, 3)).toEqual([
      { product_id: 1, available: 143, received: 150 },
      { product_id: 2, available: 50, received: 50 },
      { product_id: 3, available: 24, received: 25 },
    ]);
    expect(second.ledger.reservationsAfter(0, 10).map(({ order_id }) => order_id)).toEqual([1000]);
    expect(second.ledger.completeSince()).toBe(since);
    second.journal.close();
  });

  it('skips a last line that a kill cut short', () => {
    const path = join(dir, 'journal.jsonl');
    const first = reopen(path);
    first.ledger.reserve(1, 2, 1000);
    first.journal.close();
    appendFileSync(path, '{"op":"reserve","product_id":1,"quan');

    const second = reopen(path);
    expect(second.ledger.available(1)).toBe(98);
    second.journal.close();
  });

  it('without a journal, knows every reservation only from its own start', () => {
    const before = Date.now();
    const since = Date.parse(new StockLedger().completeSince());
    expect(since).toBeGreaterThanOrEqual(before - 1);
    expect(since).toBeLessThanOrEqual(Date.now());
  });
});
