import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { firstValue } from '../query-params';

/** The query of /api/ui/traces/{traceId}/logs: optionally only one span's records. */
export class TraceLogsParams {
  @IsOptional()
  @Matches(/^[0-9a-f]{16}$/, {
    message: ({ value }) =>
      `unable to parse param 'spanId': expected 16 lowercase hex digits, got "${String(value)}"`,
  })
  @Transform(firstValue)
  spanId?: string;
}
