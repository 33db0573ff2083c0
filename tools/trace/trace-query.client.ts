import type { JaegerEnvelope, JaegerTrace } from '@tools/trace-model';
import {
  buildSpanTree,
  isTransportSpan,
  looksComplete,
  spansFromJaegerTrace,
} from '@tools/trace-model';
import { QueryApiError } from './query-api.error';
import { QueryApiUnreachableError } from './query-api-unreachable.error';

/** How waitForTrace polls. */
export interface WaitForTraceOptions {
  baseUrl: string;
  traceId: string;
  timeoutMs: number;
  intervalMs?: number;
  /** Keep polling until at least this many non-transport spans arrived. */
  expectedManualSpans?: number;
}

/** What waitForTrace saw last: the trace (if it ever appeared) and whether the deadline ran out. */
export interface WaitForTraceResult {
  trace?: JaegerTrace;
  timedOut: boolean;
}

/** Counts the spans that are not HTTP transport spans. */
export function countManualSpans(trace: JaegerTrace): number {
  return spansFromJaegerTrace(trace).filter((span) => !isTransportSpan(span)).length;
}

async function fetchTrace(baseUrl: string, traceId: string): Promise<JaegerTrace | undefined> {
  const url = `${baseUrl.replace(/\/+$/, '')}/api/traces/${traceId}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch {
    throw new QueryApiUnreachableError(baseUrl);
  }
  if (response.status === 404) return undefined;
  const body = await response.text();
  if (!response.ok) {
    throw new QueryApiError(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  }
  try {
    return (JSON.parse(body) as JaegerEnvelope<JaegerTrace[] | null>).data?.[0];
  } catch {
    throw new QueryApiError(`${url} answered something that is not JSON: ${body.slice(0, 200)}`);
  }
}

/** How long a trace that never looks whole must hold still before it is taken as it is. */
const SETTLED_MS = 2_000;

/**
 * Polls GET /api/traces/{id} until the trace has the expected manual spans and looks whole (one
 * root, a callee under every client span), or the deadline passes. Spans of one request leave
 * each service in its own export batch, so a trace fills in over time. A trace that never looks
 * whole (a call to a service that exports nothing) is taken once its span count has held still
 * for two seconds.
 */
export async function waitForTrace(options: WaitForTraceOptions): Promise<WaitForTraceResult> {
  const deadline = Date.now() + options.timeoutMs;
  let previousCount = -1;
  let unchangedSince = Date.now();
  let trace: JaegerTrace | undefined;
  for (;;) {
    trace = await fetchTrace(options.baseUrl, options.traceId);
    if (trace) {
      const count = trace.spans.length;
      if (count !== previousCount) unchangedSince = Date.now();
      previousCount = count;
      const enough =
        options.expectedManualSpans === undefined ||
        countManualSpans(trace) >= options.expectedManualSpans;
      const whole = looksComplete(buildSpanTree(spansFromJaegerTrace(trace)));
      if (enough && (whole || Date.now() - unchangedSince >= SETTLED_MS)) {
        return { trace, timedOut: false };
      }
    }
    if (Date.now() >= deadline) return { trace, timedOut: true };
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
}
