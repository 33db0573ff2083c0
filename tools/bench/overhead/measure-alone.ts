import type { BenchStack } from './bench-stack';

/**
 * After SIGCONT, before any load: every process first runs the timers that came due while it was
 * stopped, among them the keep-alive timeouts that close idle connections on both ends of each
 * hop. Load sent into that moment could pick a connection its server is closing.
 */
const RESUME_SETTLE_MS = 250;

/**
 * Before SIGSTOP: time for the last span batches (the project exports every 200 ms) to reach the
 * viewer and be answered, so no export is frozen in flight and timed out on waking. Modes that
 * export nothing only need their last answers out.
 */
const PAUSE_GRACE_MS = { exporting: 600, quiet: 100 };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `measure` with `stack` the only one running: continued first, paused again after. */
export async function measureAlone<T>(stack: BenchStack, measure: () => Promise<T>): Promise<T> {
  stack.pause.resume();
  try {
    await delay(RESUME_SETTLE_MS);
    return await measure();
  } finally {
    await delay(stack.mode.exports ? PAUSE_GRACE_MS.exporting : PAUSE_GRACE_MS.quiet);
    stack.pause.pause();
  }
}
