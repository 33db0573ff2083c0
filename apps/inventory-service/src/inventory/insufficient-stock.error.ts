import { DomainError } from '@app/service-kit';

export class InsufficientStockError extends DomainError {
  constructor(
    readonly productId: number,
    readonly requested: number,
    readonly available: number,
  ) {
    super(
      `Not enough stock for product ${productId}: requested ${requested}, available ${available}`,
    );
  }
}
