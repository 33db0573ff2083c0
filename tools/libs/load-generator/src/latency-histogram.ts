import { build, type Histogram } from 'hdr-histogram-js';

/** Percentiles of a latency histogram, in microseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

/** One hour, in microseconds: far past any timeout a load run uses. */
const HIGHEST_TRACKABLE_MICROS = 3_600_000_000;

/**
 * Latencies at microsecond resolution in an HdrHistogram (3 significant digits, so a percentile
 * is within 0.1% of the recorded value), which also adds up runs without keeping every sample.
 */
export class LatencyHistogram {
  private readonly histogram: Histogram = build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_TRACKABLE_MICROS,
    numberOfSignificantValueDigits: 3,
  });

  /** Records one latency, given in microseconds (clamped to the trackable range). */
  recordMicros(micros: number): void {
    this.histogram.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, Math.max(1, Math.round(micros))));
  }

  /** Records a latency measured in nanoseconds with `process.hrtime.bigint()`. */
  recordNanos(nanos: bigint): void {
    this.recordMicros(Number(nanos) / 1000);
  }

  /** Adds every value of `other` to this histogram (for figures pooled over rounds). */
  add(other: LatencyHistogram): void {
    this.histogram.add(other.histogram);
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  /** The value at `percentile` (0-100), in microseconds; 0 when nothing was recorded. */
  percentile(percentile: number): number {
    return this.count === 0 ? 0 : this.histogram.getValueAtPercentile(percentile);
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      mean: this.count === 0 ? 0 : this.histogram.mean,
      p50: this.percentile(50),
      p90: this.percentile(90),
      p95: this.percentile(95),
      p99: this.percentile(99),
      p999: this.percentile(99.9),
      max: this.count === 0 ? 0 : this.histogram.maxValue,
    };
  }
}
