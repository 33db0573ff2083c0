import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { ApiError } from '../api.error';
import { firstValue } from '../query-params';
import type { TimeWindow } from '../time-window';

const DEFAULT_LOOKBACK_MS = 3_600_000;

const epochMs = (param: string) =>
  Matches(/^\d{1,15}$/, {
    message: ({ value }) =>
      `unable to parse param '${param}': expected epoch milliseconds, got "${String(value)}"`,
  });

/**
 * The window of the UI's service map and stats, optionally for one service: the last `lookback`
 * ms, or from `since` (epoch ms: when a load run or a hunt started) to `until`, or to now.
 */
export class UiWindowParams {
  @IsOptional()
  @Matches(/^0*[1-9]\d*$/, {
    message: ({ value }) =>
      `unable to parse param 'lookback': expected milliseconds, got "${String(value)}"`,
  })
  @Transform(firstValue)
  lookback?: string;

  @IsOptional()
  @epochMs('since')
  @Transform(firstValue)
  since?: string;

  @IsOptional()
  @epochMs('until')
  @Transform(firstValue)
  until?: string;

  @Transform(firstValue)
  service?: string;

  /** The window at `nowMs`; an ApiError (400) for parameters that do not make one. */
  window(nowMs: number): TimeWindow {
    if (this.since === undefined) {
      if (this.until !== undefined) throw new ApiError(400, "'until' needs 'since'");
      const lookbackMs = this.lookback === undefined ? DEFAULT_LOOKBACK_MS : Number(this.lookback);
      return { fromUs: (nowMs - lookbackMs) * 1000, toUs: nowMs * 1000 };
    }
    if (this.lookback !== undefined) {
      throw new ApiError(400, "give either 'lookback' or 'since', not both");
    }
    const since = Number(this.since);
    const until = this.until === undefined ? nowMs : Number(this.until);
    if (since > nowMs) throw new ApiError(400, `'since' (${since}) is later than now (${nowMs})`);
    if (until <= since) throw new ApiError(400, "'until' should be greater than 'since'");
    return { fromUs: since * 1000, toUs: Math.min(until, nowMs) * 1000 };
  }
}
