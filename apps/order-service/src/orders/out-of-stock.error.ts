import { DomainError } from '@app/service-kit';

/** The product has fewer units than the order asks for: at the check, or taken before reserve. */
export class OutOfStockError extends DomainError {
  constructor(
    readonly productId: number,
    readonly requested: number,
    readonly available?: number,
  ) {
    super(
      available === undefined
        ? `Not enough stock for product ${productId}: requested ${requested}`
        : `Not enough stock for product ${productId}: requested ${requested}, available ${available}`,
    );
  }
}
