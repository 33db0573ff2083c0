import { Injectable } from '@nestjs/common';
import { InsufficientStockError } from './insufficient-stock.error';
import { ProductNotFoundError } from './product-not-found.error';

/** Stock at start: products 1-5. Product 5 is nearly sold out, to show the 409 path. */
export const INITIAL_STOCK: ReadonlyMap<number, number> = new Map([
  [1, 100],
  [2, 50],
  [3, 25],
  [4, 10],
  [5, 3],
]);

/**
 * The units on hand per product. inventory-service owns its stock (the seed's traces show it
 * answering without a database hop). `reserve` checks and takes in one synchronous step: Node
 * runs it without interleaving, so racing orders can never take the same last unit twice.
 */
@Injectable()
export class StockLedger {
  private readonly stock = new Map(INITIAL_STOCK);

  /** Units on hand for `productId`; throws ProductNotFoundError for an unknown product. */
  available(productId: number): number {
    const units = this.stock.get(productId);
    if (units === undefined) throw new ProductNotFoundError(productId);
    return units;
  }

  /** Takes `quantity` units and returns what is left, or throws without taking anything. */
  reserve(productId: number, quantity: number): number {
    const available = this.available(productId);
    if (available < quantity) throw new InsufficientStockError(productId, quantity, available);
    const remaining = available - quantity;
    this.stock.set(productId, remaining);
    return remaining;
  }
}
