import { DomainError } from '@app/service-kit';

/** No row with that id: a lookup or delete missed, or an insert referenced a missing row. */
export class RowNotFoundError extends DomainError {
  constructor(
    readonly table: string,
    readonly id: number,
  ) {
    super(`${table} row ${id} not found`);
  }
}
