import pino from 'pino';

/**
 * How lines reach stdout. Each write is a system call, and under load one per line was about a
 * tenth of a service's CPU (bench:profile, `disabled`, GET /users/123): lines are gathered until
 * 4 KiB (about twenty request lines) are waiting, and whatever waits is written every 200 ms, the
 * same delay as the span exporter's, so a line a learner waits for still shows within a blink.
 * pino writes what is left when the process exits.
 */
const LOG_WRITE_BATCH_BYTES = 4096;
const LOG_FLUSH_INTERVAL_MS = 200;

type Destination = ReturnType<typeof pino.destination>;
let destination: Destination | undefined;

/** The process's one stdout destination for pino: a service has one stdout. */
export function stdoutDestination(): Destination {
  destination ??= pino.destination({
    dest: 1,
    sync: false,
    minLength: LOG_WRITE_BATCH_BYTES,
    periodicFlush: LOG_FLUSH_INTERVAL_MS,
  });
  return destination;
}

/**
 * Writes the waiting lines now, for a line that must show before anything else happens (the
 * start line, which a launcher reads before it announces the stack ready).
 */
export function flushLogLines(): void {
  destination?.flush();
}
