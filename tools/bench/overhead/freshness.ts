import {
  HttpLoadClient,
  LatencyHistogram,
  type LoadRequest,
  runOpenModel,
} from '@tools/load-generator';
import { newTraceparent } from '../../trace/traceparent';
import { storedSpanCount } from './viewer-probe';

/** Probes per second: enough samples for a p95 over a few rounds, little load on the viewer. */
const PROBES_PER_SECOND = 4;
const GIVE_UP_MS = 30_000;

/** What the freshness probes saw: delays from a response's end to its whole trace being stored. */
export interface FreshnessResult {
  delays: LatencyHistogram;
  /** Probes whose trace never became complete within 30 s. */
  missing: number;
}

/**
 * Polls the viewer until trace `traceId` holds `spans` spans; resolves with how long that took,
 * in microseconds. The poll interval grows with the wait (10 ms at first, 5% of the time waited
 * later), so a slow trace costs the viewer few queries and a fast one is timed closely.
 */
async function timeUntilStored(
  viewerUrl: string,
  traceId: string,
  spans: number,
  endedAt: bigint,
): Promise<number | undefined> {
  for (;;) {
    const waitedMs = Number(process.hrtime.bigint() - endedAt) / 1e6;
    if ((await storedSpanCount(viewerUrl, traceId)) >= spans) {
      return Number(process.hrtime.bigint() - endedAt) / 1000;
    }
    if (waitedMs > GIVE_UP_MS) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 10 + waitedMs * 0.05));
  }
}

/**
 * Sends `request` at `ratePerSecond` (the open model, as the latency measurement) and makes a
 * few of the requests probes: each carries a traceparent of its own, and the time from its
 * response's end until the viewer returns all `spansPerRequest` of its spans is recorded.
 */
export async function measureFreshness(
  baseUrl: string,
  viewerUrl: string,
  request: LoadRequest,
  spansPerRequest: number,
  ratePerSecond: number,
  durationMs: number,
): Promise<FreshnessResult> {
  const client = new HttpLoadClient(baseUrl);
  const every = Math.max(1, Math.round(ratePerSecond / PROBES_PER_SECOND));
  const probes: Promise<number | undefined>[] = [];
  try {
    await runOpenModel({
      ratePerSecond,
      durationMs,
      send: async (index) => {
        if (index % every !== 0) return client.send(request);
        const traceparent = newTraceparent();
        const response = await client.send({
          ...request,
          headers: { ...request.headers, traceparent },
        });
        const endedAt = process.hrtime.bigint();
        const traceId = traceparent.split('-')[1];
        probes.push(timeUntilStored(viewerUrl, traceId, spansPerRequest, endedAt));
        return response;
      },
    });
    const delays = new LatencyHistogram();
    let missing = 0;
    for (const delay of await Promise.all(probes)) {
      if (delay === undefined) missing++;
      else delays.recordMicros(delay);
    }
    return { delays, missing };
  } finally {
    client.close();
  }
}
