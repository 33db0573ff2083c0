import { Transform } from 'class-transformer';
import { IsDefined } from 'class-validator';
import { firstValue } from '../query-params';

/** GET /api/operations parameters. */
export class OperationsParams {
  @IsDefined({ message: "parameter 'service' is required" })
  @Transform(firstValue)
  service!: string;

  /** Only operations of this kind (Jaeger's lower-case span.kind name). */
  @Transform(firstValue)
  spanKind?: string;
}
