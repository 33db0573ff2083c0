import { DomainError } from '@app/service-kit';

/** An order for a user the database does not know (its foreign key refused the insert). */
export class UserNotFoundError extends DomainError {
  constructor(readonly userId: number) {
    super(`User ${userId} not found`);
  }
}
