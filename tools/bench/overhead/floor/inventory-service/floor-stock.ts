import { ConflictException, NotFoundException } from '@nestjs/common';

/**
 * inventory-service's stock at its simplest: units per product in memory, and the units each
 * order holds, so reserving for the same order twice takes nothing more (as the real ledger).
 */
export class FloorStock {
  private readonly units: Map<number, number>;
  private readonly held = new Map<number, number>();

  constructor(initial: ReadonlyMap<number, number>) {
    this.units = new Map(initial);
  }

  /** Units on hand; 404 for an unknown product. */
  available(productId: number): number {
    const units = this.units.get(productId);
    if (units === undefined) throw new NotFoundException(`Product ${productId} not found`);
    return units;
  }

  /** Takes `quantity` units for `orderId` and returns what is left; 409 when short. */
  reserve(productId: number, quantity: number, orderId?: number): number {
    const available = this.available(productId);
    if (orderId !== undefined && this.held.has(orderId)) return available;
    if (available < quantity) {
      throw new ConflictException(`Not enough stock for product ${productId}`);
    }
    this.units.set(productId, available - quantity);
    if (orderId !== undefined) this.held.set(orderId, quantity);
    return available - quantity;
  }
}
