import type { LatencySummary } from '@tools/load-generator';
import type { LoadScenario } from './load-scenarios';

/** How one request of a run ended. */
export interface LoadSample {
  scenario: LoadScenario;
  traceId: string;
  latencyMicros: number;
  /** The HTTP status, or undefined when no response came (refused, reset, timed out). */
  status?: number;
  /** Why no response came. */
  error?: string;
}

/** A request the summary names, with its trace. */
export interface NotableRequest {
  scenario: string;
  traceId: string;
  latencyMs: number;
  status?: number;
  error?: string;
}

/** Counts of one scenario: `ok` got what it expects, `meantToFail` too (its 404/409). */
export interface ScenarioCounts {
  sent: number;
  ok: number;
  meantToFail: number;
  failed: number;
  statuses: Record<string, number>;
}

const SLOWEST_KEPT = 5;
const FAILURES_KEPT = 10;
/** The status key of a request that got no response. */
export const NO_RESPONSE = 'no response';

const milliseconds = (micros: number) => Math.round(micros / 100) / 10;

/**
 * Classifies and counts the requests of a load run as they settle: per status and per scenario,
 * a failure meant by its scenario apart from a real one, the slowest requests and the first failed
 * ones with their trace ids.
 */
export class LoadRecorder {
  readonly statuses: Record<string, number> = {};
  readonly scenarios: Record<string, ScenarioCounts> = {};
  readonly slowest: NotableRequest[] = [];
  readonly failures: NotableRequest[] = [];
  settled = 0;
  ok = 0;
  meantToFail = 0;
  failed = 0;

  record(sample: LoadSample): void {
    const key = sample.status === undefined ? NO_RESPONSE : String(sample.status);
    const counts = (this.scenarios[sample.scenario.key] ??= {
      sent: 0,
      ok: 0,
      meantToFail: 0,
      failed: 0,
      statuses: {},
    });
    this.settled++;
    counts.sent++;
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
    counts.statuses[key] = (counts.statuses[key] ?? 0) + 1;
    const notable: NotableRequest = {
      scenario: sample.scenario.key,
      traceId: sample.traceId,
      latencyMs: milliseconds(sample.latencyMicros),
      ...(sample.status === undefined ? { error: sample.error } : { status: sample.status }),
    };
    if (sample.status !== undefined && sample.scenario.expect.includes(sample.status)) {
      if (sample.scenario.meantToFail) {
        this.meantToFail++;
        counts.meantToFail++;
      } else {
        this.ok++;
        counts.ok++;
      }
    } else {
      this.failed++;
      counts.failed++;
      if (this.failures.length < FAILURES_KEPT) this.failures.push(notable);
    }
    this.keepIfSlow(notable);
  }

  private keepIfSlow(request: NotableRequest): void {
    if (this.slowest.length === SLOWEST_KEPT) {
      if (request.latencyMs <= this.slowest[SLOWEST_KEPT - 1].latencyMs) return;
      this.slowest.pop();
    }
    const at = this.slowest.findIndex((kept) => kept.latencyMs < request.latencyMs);
    this.slowest.splice(at === -1 ? this.slowest.length : at, 0, request);
  }
}

/** Latency percentiles in milliseconds, as the summary prints them. */
export function latencyMillis(
  summary: LatencySummary,
): Record<'p50' | 'p95' | 'p99' | 'max', number> {
  return {
    p50: milliseconds(summary.p50),
    p95: milliseconds(summary.p95),
    p99: milliseconds(summary.p99),
    max: milliseconds(summary.max),
  };
}
