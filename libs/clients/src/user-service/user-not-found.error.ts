import { DomainError } from '@app/service-kit';

/**
 * A user that does not exist: user-service's answer for an unknown id, and order-service's for an
 * order whose user the database does not know (its foreign key refused the insert).
 */
export class UserNotFoundError extends DomainError {
  constructor(readonly userId: number) {
    super(`User ${userId} not found`);
  }
}
