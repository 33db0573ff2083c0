import { Inject, Injectable, type OnApplicationShutdown, Optional } from '@nestjs/common';
import { ProductNotFoundError } from '@app/clients';
import type { OrderReservationDto } from '@app/contracts';
import { INITIAL_STOCK } from './initial-stock';
import { InsufficientStockError } from './insufficient-stock.error';
import { type StockChange, StockJournal } from './stock-journal';

/** One product's stock as the admin API reports it. */
export interface StockLevel {
  product_id: number;
  available: number;
  received: number;
}

/** Injection token of the stock the ledger starts with (the seed when not provided). */
export const STARTING_STOCK = Symbol('STARTING_STOCK');

/** Injection token of the journal the ledger writes to, with the changes it already holds. */
export const OPENED_JOURNAL = Symbol('OPENED_JOURNAL');

export interface OpenedJournal {
  journal: StockJournal;
  changes: StockChange[];
}

/**
 * The units on hand per product. inventory-service owns its stock (the seed's traces show it
 * answering without a database hop). `reserve` checks and takes in one synchronous step: Node
 * runs it without interleaving, so racing orders can never take the same last unit twice.
 *
 * Units taken for an order are remembered under its id, so the order's saga can be made whole
 * after a crash: reserving for the same order again takes nothing more, and `release` gives the
 * units back. Every change is journaled before it is answered, and replayed at start-up.
 */
@Injectable()
export class StockLedger implements OnApplicationShutdown {
  private readonly stock: Map<number, number>;
  /** Units ever put on the shelf per product (start plus restocks), for the consistency check. */
  private readonly received: Map<number, number>;
  /** Units held per order id, in the order they were taken. */
  private readonly reservations = new Map<number, OrderReservationDto>();
  private readonly journal: StockJournal;
  /** Since when every reservation is known: the journal's start, or this process's. */
  private knownSince = new Date().toISOString();

  constructor(
    @Optional() @Inject(STARTING_STOCK) startingStock: ReadonlyMap<number, number> = INITIAL_STOCK,
    @Optional() @Inject(OPENED_JOURNAL) opened?: OpenedJournal,
  ) {
    this.stock = new Map(startingStock);
    this.received = new Map(startingStock);
    for (const change of opened?.changes ?? []) this.apply(change);
    this.journal = opened?.journal ?? StockJournal.inMemory();
  }

  /** Units on hand for `productId`; throws ProductNotFoundError for an unknown product. */
  available(productId: number): number {
    const units = this.stock.get(productId);
    if (units === undefined) throw new ProductNotFoundError(productId);
    return units;
  }

  /**
   * Takes `quantity` units and returns what is left, or throws without taking anything. For an
   * order that already holds its units, takes nothing and answers as the first time did.
   */
  reserve(productId: number, quantity: number, orderId?: number): number {
    const available = this.available(productId);
    if (orderId !== undefined && this.reservations.has(orderId)) return available;
    if (available < quantity) throw new InsufficientStockError(productId, quantity, available);
    this.record({
      op: 'reserve',
      product_id: productId,
      quantity,
      ...(orderId === undefined ? {} : { order_id: orderId }),
      at: new Date().toISOString(),
    });
    return this.available(productId);
  }

  /** Gives back the units order `orderId` holds and returns how many (0 when it held none). */
  release(orderId: number): number {
    const held = this.reservations.get(orderId);
    if (!held) return 0;
    this.record({ op: 'release', order_id: orderId });
    return held.quantity;
  }

  /** Adds `quantity` units of `productId` (a new product starts at 0) and returns what is on hand. */
  restock(productId: number, quantity: number): number {
    this.record({ op: 'restock', product_id: productId, quantity });
    return this.available(productId);
  }

  /** Every product with its units on hand and the units it ever received. */
  snapshot(): StockLevel[] {
    return [...this.stock].map(([product_id, available]) => ({
      product_id,
      available,
      received: this.received.get(product_id) ?? available,
    }));
  }

  /** The instant from which this ledger has seen every reservation (ISO 8601). */
  completeSince(): string {
    return this.knownSince;
  }

  /** Up to `limit` orders' reservations with an id above `after`, by order id. */
  reservationsAfter(after: number, limit: number): OrderReservationDto[] {
    return [...this.reservations.values()]
      .filter((reservation) => reservation.order_id > after)
      .sort((a, b) => a.order_id - b.order_id)
      .slice(0, limit);
  }

  onApplicationShutdown(): void {
    this.journal.close();
  }

  /** Journals `change`, then makes it: a change that could not be written was never made. */
  private record(change: StockChange): void {
    this.journal.append(change);
    this.apply(change);
  }

  private apply(change: StockChange): void {
    switch (change.op) {
      case 'open':
        this.knownSince = change.at;
        return;
      case 'restock':
        this.stock.set(
          change.product_id,
          (this.stock.get(change.product_id) ?? 0) + change.quantity,
        );
        this.received.set(
          change.product_id,
          (this.received.get(change.product_id) ?? 0) + change.quantity,
        );
        return;
      case 'reserve':
        this.stock.set(
          change.product_id,
          (this.stock.get(change.product_id) ?? 0) - change.quantity,
        );
        if (change.order_id !== undefined) {
          this.reservations.set(change.order_id, {
            order_id: change.order_id,
            product_id: change.product_id,
            quantity: change.quantity,
            reserved_at: change.at,
          });
        }
        return;
      case 'release': {
        const held = this.reservations.get(change.order_id);
        if (!held) return;
        this.reservations.delete(change.order_id);
        this.stock.set(held.product_id, (this.stock.get(held.product_id) ?? 0) + held.quantity);
        return;
      }
    }
  }
}
