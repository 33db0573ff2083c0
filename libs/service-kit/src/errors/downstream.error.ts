import { HttpStatus } from '@nestjs/common';

/** A call to another service failed; `hop` names that service and `status` is what we answer. */
export class DownstreamError extends Error {
  constructor(
    readonly hop: string,
    readonly status: HttpStatus,
    message: string,
    readonly downstreamBody?: unknown,
  ) {
    super(message);
    this.name = 'DownstreamError';
  }

  /** Whether `error` is `hop`'s answer with `status`, e.g. database-service's 404 for a missing row. */
  static isAnswer(error: unknown, hop: string, status: HttpStatus): error is DownstreamError {
    return error instanceof DownstreamError && error.hop === hop && error.status === status;
  }

  /**
   * A `.catch` handler that turns `hop`'s answers into the caller's own domain errors by status,
   * e.g. `{ [HttpStatus.NOT_FOUND]: () => new UserNotFoundError(id) }`, and rethrows anything
   * else as it is.
   */
  static answersAs(
    hop: string,
    domainErrors: Partial<Record<HttpStatus, () => Error>>,
  ): (error: unknown) => never {
    return (error) => {
      const domainError =
        error instanceof DownstreamError && error.hop === hop
          ? domainErrors[error.status]
          : undefined;
      throw domainError ? domainError() : error;
    };
  }
}
