import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { firstValue } from '../query-params';

/** GET /api/v3/operations parameters. */
export class V3OperationsParams {
  @IsDefined({ message: 'service is required' })
  @Transform(firstValue)
  service!: string;

  /** Only operations of this kind (lower-case name; unspecified counts as internal). */
  @Transform(firstValue)
  spanKind?: string;
}
