import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { firstValue } from '../query-params';
import type { TimeWindow } from '../time-window';

const DEFAULT_LOOKBACK_MS = 3_600_000;

/** The window of the UI's service map and stats: the last `lookback` ms, optionally one service. */
export class UiWindowParams {
  @IsOptional()
  @Matches(/^0*[1-9]\d*$/, {
    message: ({ value }) =>
      `unable to parse param 'lookback': expected milliseconds, got "${String(value)}"`,
  })
  @Transform(firstValue)
  lookback?: string;

  @Transform(firstValue)
  service?: string;

  /** The window, ending now. */
  window(nowMs: number): TimeWindow {
    const lookbackMs = this.lookback === undefined ? DEFAULT_LOOKBACK_MS : Number(this.lookback);
    return { fromUs: (nowMs - lookbackMs) * 1000, toUs: nowMs * 1000 };
  }
}
