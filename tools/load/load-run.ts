import { HttpLoadClient, runOpenModel } from '@tools/load-generator';
import { pollFor } from '@tools/polling';
import { probeReadiness } from '../stack/readiness-probe';
import type { LoadOptions } from './load-args';
import {
  latencyMillis,
  LoadRecorder,
  type NotableRequest,
  type ScenarioCounts,
} from './load-recorder';
import { LOAD_SCENARIOS, type LoadScenario } from './load-scenarios';
import { restock, type RestockResult } from './restock';
import { syntheticRequestHeaders } from './synthetic-headers';
import { warmUp, type WarmupResult } from './load-warmup';
import { WeightedMix } from './weighted-mix';

/** Thrown when the target never became ready, so no load was sent. */
export class TargetNotReadyError extends Error {}

/** Everything `npm run load` reports of a run (also its `--json` output). */
export interface LoadSummary {
  target: { baseUrl: string; rate: number; durationMs: number; mix: Record<string, number> };
  restock: RestockResult;
  /** The warm-up before the run, not counted in any figure; absent with --no-warmup. */
  warmup?: WarmupResult;
  /** When the measured run started and ended (epoch ms): the viewer's window for it. */
  window: { sinceMs: number; untilMs: number };
  sent: number;
  /** Requests started per second, measured from the first send to the last (not the schedule's). */
  achievedRate: number;
  /** How late the sender started requests against their schedule (p99, ms). */
  sendLagP99Ms: number;
  /** Requests still without an answer when the run gave up waiting. */
  unfinished: number;
  ok: number;
  meantToFail: number;
  failed: number;
  statuses: Record<string, number>;
  scenarios: Record<string, ScenarioCounts>;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  slowest: NotableRequest[];
  failures: NotableRequest[];
}

/** What a run reports while it sends, for the progress line. */
export interface LoadProgress {
  elapsedMs: number;
  sent: number;
  settled: number;
  failed: number;
  meantToFail: number;
}

/** Units of each product the run's orders take, plus a tenth and 10 more as margin. */
export function unitsToRestock(
  options: LoadOptions,
  mix: WeightedMix<LoadScenario>,
): Map<number, number> {
  const units = new Map<number, number>();
  // The warm-up ramps up to the rate: counted at the full rate, its orders are in the margin.
  const requests = (options.rate * (options.durationMs + options.warmupMs)) / 1000;
  for (const scenario of LOAD_SCENARIOS) {
    if (!scenario.takes) continue;
    const expected = requests * mix.share(scenario) * scenario.takes.quantity;
    if (expected === 0) continue;
    const { productId } = scenario.takes;
    units.set(productId, (units.get(productId) ?? 0) + Math.ceil((expected * 11) / 10) + 10);
  }
  return units;
}

/** The scenarios of the run's mix, by weight; without those that take stock when asked. */
function weightedScenarios(options: LoadOptions, withoutOrders = false) {
  return LOAD_SCENARIOS.filter(
    ({ key, takes }) => (options.mix.get(key) ?? 0) > 0 && !(withoutOrders && takes),
  ).map((item) => ({ item, weight: options.mix.get(item.key) ?? 0 }));
}

/** What a run tells its caller as it goes. */
export interface LoadHooks {
  /** Before the warm-up, with its length. */
  onWarmup?: (durationMs: number) => void;
  /** During the measured run. */
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

/**
 * Waits for the target's readiness (`/health/ready`, else `/health`), restocks, warms the stack
 * up (unless `warmupMs` is 0), then sends the mix at a fixed arrival rate for the duration and
 * summarises what came back.
 */
export async function runLoad(options: LoadOptions, hooks: LoadHooks = {}): Promise<LoadSummary> {
  const mix = new WeightedMix(weightedScenarios(options));
  let lastProbe = await probeReadiness(
    `${options.baseUrl}/health`,
    `${options.baseUrl}/health/ready`,
  );
  const ready = await pollFor(
    async () =>
      (lastProbe = await probeReadiness(
        `${options.baseUrl}/health`,
        `${options.baseUrl}/health/ready`,
      )).ready || undefined,
    { timeoutMs: 30_000, while: () => !hooks.signal?.aborted },
  );
  if (!ready) {
    const answer = lastProbe.status === undefined ? 'no answer' : `HTTP ${lastProbe.status}`;
    throw new TargetNotReadyError(
      `${options.baseUrl} is not ready after 30 s (${lastProbe.url}: ${answer})`,
    );
  }
  const restocked = await restock(options.adminUrl, unitsToRestock(options, mix));

  const client = new HttpLoadClient(options.baseUrl, { timeoutMs: options.timeoutMs });
  let warmup: WarmupResult | undefined;
  // Orders would take the stock the run needs when the restock could not add theirs.
  const withoutOrders = restocked.status === 'failed';
  const warmupScenarios = weightedScenarios(options, withoutOrders);
  if (options.warmupMs > 0 && warmupScenarios.length > 0) {
    hooks.onWarmup?.(options.warmupMs);
    // Its own mix, so the run sends the same sequence with or without a warm-up.
    const warmupMix = new WeightedMix(warmupScenarios);
    warmup = await warmUp(
      {
        rate: options.rate,
        durationMs: options.warmupMs,
        timeoutMs: options.timeoutMs,
        withoutOrders,
      },
      async () => {
        const scenario = warmupMix.next();
        const { headers } = syntheticRequestHeaders();
        const answer = await client.send({ ...scenario.request, headers }).catch(() => undefined);
        return answer !== undefined && scenario.expect.includes(answer.status);
      },
      hooks.signal,
    );
  }
  const recorder = new LoadRecorder();
  const started = Date.now();
  let sent = 0;
  let firstSendAt = 0;
  let lastSendAt = 0;
  const report = () =>
    hooks.onProgress?.({
      elapsedMs: Date.now() - started,
      sent,
      settled: recorder.settled,
      failed: recorder.failed,
      meantToFail: recorder.meantToFail,
    });
  const ticker = setInterval(report, 250);
  const run = await runOpenModel({
    ratePerSecond: options.rate,
    durationMs: options.durationMs,
    drainTimeoutMs: options.timeoutMs + 1_000,
    signal: hooks.signal,
    send: async () => {
      lastSendAt = performance.now();
      if (sent++ === 0) firstSendAt = lastSendAt;
      const scenario = mix.next();
      const { traceId, headers } = syntheticRequestHeaders();
      return client.send({ ...scenario.request, headers }).then(
        ({ status }) => ({ scenario, traceId, status }),
        (error: Error) => ({ scenario, traceId, status: undefined, error: error.message }),
      );
    },
    onSettled: (outcome) => {
      if (outcome.ok) recorder.record({ ...outcome.value, latencyMicros: outcome.latencyMicros });
    },
  }).finally(() => {
    clearInterval(ticker);
    client.close();
  });
  report();
  return {
    target: {
      baseUrl: options.baseUrl,
      rate: options.rate,
      durationMs: options.durationMs,
      mix: Object.fromEntries(options.mix),
    },
    restock: restocked,
    ...(warmup ? { warmup } : {}),
    window: { sinceMs: started, untilMs: Date.now() },
    sent: run.sent,
    achievedRate:
      run.sent > 1 ? Math.round(((run.sent - 1) * 10_000) / (lastSendAt - firstSendAt)) / 10 : 0,
    sendLagP99Ms: Math.round(run.sendLag.percentile(99) / 100) / 10,
    unfinished: run.unfinished,
    ok: recorder.ok,
    meantToFail: recorder.meantToFail,
    failed: recorder.failed + run.unfinished,
    statuses: recorder.statuses,
    scenarios: recorder.scenarios,
    latencyMs: latencyMillis(run.latency.summary()),
    slowest: recorder.slowest,
    failures: recorder.failures,
  };
}
