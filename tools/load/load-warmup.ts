import { runOpenModel } from '@tools/load-generator';

/**
 * The warm-up's steps, as shares of the target rate: a ramp, so that a cold stack (code not yet
 * optimised, connections not yet open, the SQL engine's first queries) catches up at a rate it
 * can serve instead of queuing requests for seconds behind its slowest hop.
 */
const RAMP = [0.25, 0.5, 0.75, 1] as const;

/** What the warm-up sent; none of it counts in the run's figures. */
export interface WarmupResult {
  durationMs: number;
  /** True when the warm-up placed no orders: the restock failed, and they would take its stock. */
  withoutOrders: boolean;
  sent: number;
  /** Requests that got no answer the scenario expects (a cold stack's 504s, say). */
  failed: number;
}

/**
 * Sends the run's mix for `durationMs` before the measured run, ramping up to `rate` in steps,
 * each awaited to its last answer so the run starts on a stack with nothing in flight.
 */
export async function warmUp(
  {
    rate,
    durationMs,
    timeoutMs,
    withoutOrders,
  }: { rate: number; durationMs: number; timeoutMs: number; withoutOrders: boolean },
  send: () => Promise<boolean>,
  signal?: AbortSignal,
): Promise<WarmupResult> {
  const result: WarmupResult = { durationMs, withoutOrders, sent: 0, failed: 0 };
  for (const share of RAMP) {
    if (signal?.aborted) break;
    const step = await runOpenModel({
      ratePerSecond: rate * share,
      durationMs: durationMs / RAMP.length,
      drainTimeoutMs: timeoutMs + 1_000,
      signal,
      send,
      onSettled: (outcome) => {
        if (!outcome.ok || !outcome.value) result.failed++;
      },
    });
    result.sent += step.sent;
    result.failed += step.unfinished;
  }
  return result;
}
