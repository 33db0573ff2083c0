import { DomainError } from '@app/service-kit';

export class ProductNotFoundError extends DomainError {
  constructor(readonly productId: number) {
    super(`Product ${productId} not found`);
  }
}
