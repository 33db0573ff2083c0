import { DEFAULT_VIEWER_CONFIG, ViewerConfig } from '../../src/config/viewer-config';
import { RunningViewer, startViewer } from '../../src/viewer';

/** Starts a viewer on ephemeral ports with Nest logging off. */
export function startTestViewer(overrides: Partial<ViewerConfig> = {}): Promise<RunningViewer> {
  return startViewer(
    { ...DEFAULT_VIEWER_CONFIG, otlpPort: 0, jaegerPort: 0, queryPort: 0, ...overrides },
    false,
  );
}

/** Polls until `check` returns a value (not undefined) or the deadline passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `condition not met within ${timeoutMs} ms: ${lastError instanceof Error ? lastError.message : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
