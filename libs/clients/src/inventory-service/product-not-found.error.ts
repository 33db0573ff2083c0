import { DomainError } from '@app/service-kit';

/**
 * A product inventory-service does not stock: its own answer, and order-service's when the
 * inventory answers 404, so both say it in the same words.
 */
export class ProductNotFoundError extends DomainError {
  constructor(readonly productId: number) {
    super(`Product ${productId} not found`);
  }
}
