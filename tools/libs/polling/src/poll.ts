import { setTimeout as sleep } from 'node:timers/promises';

/** How long to keep asking, how often, and when to give up early. */
export interface PollOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** The pause between two tries: a number of ms (100 by default), or one per try for a backoff. */
  intervalMs?: number | ((tries: number) => number);
  /** Give up early, as if the time were up, once this says false (a process that died, say). */
  while?: () => boolean;
}

/**
 * Asks `probe` again and again until it gives something other than undefined, and resolves with
 * that; resolves with undefined once the time is up or `while` turned false. A probe that throws
 * (a service still down, say) counts as "not yet". The one polling loop of the workbench and tests.
 */
export async function pollFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  { timeoutMs, intervalMs = 100, while: alive = () => true }: PollOptions,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; alive(); tries++) {
    const result = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() >= deadline || !alive()) return undefined;
    await sleep(typeof intervalMs === 'number' ? intervalMs : intervalMs(tries));
  }
  return undefined;
}

/**
 * Polls `probe` (as `pollFor`) and throws naming `what` when it gave nothing in `timeoutMs`, with
 * the last error the probe threw, if any.
 */
export async function eventually<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
  intervalMs?: PollOptions['intervalMs'],
): Promise<T> {
  let lastError: unknown;
  const remembered = async () => {
    try {
      return await probe();
    } catch (error) {
      lastError = error;
      return undefined;
    }
  };
  const result = await pollFor(remembered, { timeoutMs, intervalMs });
  if (result === undefined) {
    const last = lastError instanceof Error ? ` (last: ${lastError.message})` : '';
    throw new Error(`${what}: not within ${timeoutMs} ms${last}`);
  }
  return result;
}
