import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { firstValue } from '../query-params';
import type { TimeWindow } from '../time-window';

const DAY_MS = 24 * 3600 * 1000;

const IsMillis = (name: string) =>
  Matches(/^\d+$/, {
    message: ({ value }) => `unable to parse param '${name}': invalid integer "${String(value)}"`,
  });

/** GET /api/dependencies parameters: the window (end and lookback in ms) and a service. */
export class DependenciesParams {
  @IsOptional()
  @IsMillis('endTs')
  @Transform(firstValue)
  endTs?: string;

  @IsOptional()
  @IsMillis('lookback')
  @Transform(firstValue)
  lookback?: string;

  @Transform(firstValue)
  service?: string;

  /** The window: lookback (default a day) up to endTs (default now). */
  window(nowMs: number): TimeWindow {
    const endMs = this.endTs === undefined ? nowMs : Number(this.endTs);
    const lookbackMs = this.lookback === undefined ? DAY_MS : Number(this.lookback);
    return { fromUs: (endMs - lookbackMs) * 1000, toUs: endMs * 1000 };
  }
}
