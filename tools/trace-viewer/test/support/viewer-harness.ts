import { eventually as pollEventually } from '@tools/polling';
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
export function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5_000,
): Promise<T> {
  return pollEventually('condition', check, timeoutMs, 25);
}
