import { Inject, Injectable, Optional } from '@nestjs/common';
import { INITIAL_STOCK } from './initial-stock';
import { InsufficientStockError } from './insufficient-stock.error';
import { ProductNotFoundError } from './product-not-found.error';

/** Injection token of the stock the ledger starts with (the seed when not provided). */
export const STARTING_STOCK = Symbol('STARTING_STOCK');

/**
 * The units on hand per product. inventory-service owns its stock (the seed's traces show it
 * answering without a database hop). `reserve` checks and takes in one synchronous step: Node
 * runs it without interleaving, so racing orders can never take the same last unit twice.
 */
@Injectable()
export class StockLedger {
  private readonly stock: Map<number, number>;

  constructor(
    @Optional() @Inject(STARTING_STOCK) startingStock: ReadonlyMap<number, number> = INITIAL_STOCK,
  ) {
    this.stock = new Map(startingStock);
  }

  /** Units on hand for `productId`; throws ProductNotFoundError for an unknown product. */
  available(productId: number): number {
    const units = this.stock.get(productId);
    if (units === undefined) throw new ProductNotFoundError(productId);
    return units;
  }

  /** Units on hand of every product, at this instant. */
  snapshot(): ReadonlyMap<number, number> {
    return new Map(this.stock);
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
