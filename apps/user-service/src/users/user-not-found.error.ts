import { DomainError } from '@app/service-kit';

export class UserNotFoundError extends DomainError {
  constructor(readonly userId: number) {
    super(`User ${userId} not found`);
  }
}
