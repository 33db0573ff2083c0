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
}
