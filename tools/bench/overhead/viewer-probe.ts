import type { JaegerEnvelope, JaegerTrace } from '@tools/trace-model';

/** The part of the viewer's `/api/ui/service-map` answer this reads. */
interface ServiceMapEnvelope {
  data: { services: { spanCount: number }[] };
}

async function getJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Spans stored for trace `traceId`, 0 while the viewer has none. */
export async function storedSpanCount(viewerUrl: string, traceId: string): Promise<number> {
  const envelope = await getJson<JaegerEnvelope<JaegerTrace[] | null>>(
    `${viewerUrl}/api/traces/${traceId}`,
  );
  return envelope?.data?.[0]?.spans.length ?? 0;
}

/** Spans stored that started at or after `sinceMs` (epoch ms), every service together. */
export async function spansStartedSince(viewerUrl: string, sinceMs: number): Promise<number> {
  const lookback = Math.max(1, Date.now() - sinceMs);
  const envelope = await getJson<ServiceMapEnvelope>(
    `${viewerUrl}/api/ui/service-map?lookback=${lookback}`,
  );
  return (envelope?.data.services ?? []).reduce((sum, service) => sum + service.spanCount, 0);
}

/**
 * Waits for the last span batches to reach the viewer, then counts every span it holds. The
 * wait is `settleMs` (longer than the batch delay: each service exports on its own timer), and
 * the count is taken again a second later until it holds still. `beforeCount` runs just before
 * each count, so a CPU reading taken there leaves the counting queries out.
 */
export async function settledSpanCount(
  viewerUrl: string,
  settleMs: number,
  beforeCount: () => void = () => undefined,
): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  let count = -1;
  for (;;) {
    beforeCount();
    const next = await spansStartedSince(viewerUrl, 0);
    if (next === count) return count;
    count = next;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
