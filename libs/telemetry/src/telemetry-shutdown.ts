type Shutdown = () => Promise<void>;

let shutdown: Shutdown | undefined;
let pending: Promise<void> | undefined;

/** Registers how to flush and stop the SDK; called once by `startTelemetry`. */
export function setTelemetryShutdown(fn: Shutdown): void {
  shutdown = fn;
}

/**
 * Flushes every ended span and stops the SDK. Safe to call more than once and when telemetry
 * never started; it never throws into the caller.
 */
export function shutdownTelemetry(): Promise<void> {
  pending ??= (shutdown?.() ?? Promise.resolve()).catch((error: unknown) => {
    console.error('OpenTelemetry shutdown failed', error);
  });
  return pending;
}
