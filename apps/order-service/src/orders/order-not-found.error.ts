import { DomainError } from '@app/service-kit';

export class OrderNotFoundError extends DomainError {
  constructor(readonly orderId: number) {
    super(`Order ${orderId} not found`);
  }
}
