/**
 * Polls `probe` every 100 ms until it gives something other than undefined, and resolves with it.
 * A probe that throws (a service still down, say) counts as "not yet". Throws naming `what` once
 * `timeoutMs` has passed.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await Promise.resolve()
      .then(probe)
      .catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
