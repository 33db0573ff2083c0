/** What a readiness probe learnt: whether the app can serve, and which URL said so. */
export interface ProbeResult {
  ready: boolean;
  /** The URL whose answer decided, e.g. `/health` where `/health/ready` does not exist yet. */
  url: string;
  status?: number;
}

async function statusOf(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return undefined;
  }
}

/**
 * Asks `readyUrl` (e.g. `/health/ready`) whether an app can serve; where that route answers
 * 404 (a service without a readiness endpoint) its liveness URL decides instead.
 */
export async function probeReadiness(
  liveUrl: string,
  readyUrl: string | undefined,
): Promise<ProbeResult> {
  if (readyUrl) {
    const status = await statusOf(readyUrl);
    if (status !== 404) return { ready: status === 200, url: readyUrl, status };
  }
  const status = await statusOf(liveUrl);
  return { ready: status !== undefined && status >= 200 && status < 300, url: liveUrl, status };
}
