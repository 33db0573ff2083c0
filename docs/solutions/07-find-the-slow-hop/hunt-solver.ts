import {
  isTransportSpan,
  type JaegerEnvelope,
  type JaegerTrace,
  spansFromJaegerTrace,
  type TraceSpan,
} from '@tools/trace-model';

/** The hunt the solver is asked about: a hop that is always slow, or one that sometimes fails. */
export type HuntKind = 'slow-hop' | 'flaky-error';

/** The solver's answer: the operation most traces point at, and how many did. */
export interface HuntAnswer {
  service: string;
  operation: string;
  /** How many traces pointed at this operation. */
  votes: number;
  /** How many traces the search found. */
  traces: number;
}

/** A trace is slow when it took at least this long; the hunt's delay is 150 ms or more. */
export const SLOW_TRACE = '150ms';
/** A gap this long inside one operation is no accident: the seed's hops take a few ms each. */
const SLOW_GAP_US = 100_000;

/** The gateway's traces that the viewer's search finds (its Search page, as an HTTP call). */
async function search(
  viewerUrl: string,
  sinceMs: number | undefined,
  query: Record<string, string>,
): Promise<JaegerTrace[]> {
  const params = new URLSearchParams({ service: 'api-gateway', limit: '500', ...query });
  if (sinceMs !== undefined) params.set('start', String(sinceMs * 1000));
  const url = `${viewerUrl.replace(/\/+$/, '')}/api/traces?${params.toString()}`;
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return ((await response.json()) as JaegerEnvelope<JaegerTrace[] | null>).data ?? [];
}

function childrenOf(spans: readonly TraceSpan[], span: TraceSpan): TraceSpan[] {
  return spans.filter((other) => other.parentSpanId === span.spanId);
}

/**
 * A span's own time: its duration minus the time covered by its children, the gap a waterfall
 * shows between a bar and the bars under it. A delay inside an operation shows up there.
 */
export function selfTimeUs(spans: readonly TraceSpan[], span: TraceSpan): number {
  const end = span.startTimeUs + span.durationUs;
  let covered = 0;
  let reached = span.startTimeUs;
  const children = childrenOf(spans, span).sort((a, b) => a.startTimeUs - b.startTimeUs);
  for (const child of children) {
    const from = Math.max(child.startTimeUs, reached);
    const to = Math.min(child.startTimeUs + child.durationUs, end);
    if (to > from) covered += to - from;
    reached = Math.max(reached, to);
  }
  return span.durationUs - covered;
}

/** In a slow trace: the operation that spent the most time on its own, if that was long. */
function slowestOwnTime(spans: readonly TraceSpan[]): TraceSpan | undefined {
  const manual = spans.filter((span) => !isTransportSpan(span));
  const slowest = manual.reduce<TraceSpan | undefined>(
    (best, span) => (!best || selfTimeUs(spans, span) > selfTimeUs(spans, best) ? span : best),
    undefined,
  );
  return slowest && selfTimeUs(spans, slowest) >= SLOW_GAP_US ? slowest : undefined;
}

/** In a failed trace: where the error started, the error span with an exception and no failed child. */
function deepestFailure(spans: readonly TraceSpan[]): TraceSpan | undefined {
  return spans.find(
    (span) =>
      span.status === 'error' &&
      !isTransportSpan(span) &&
      span.events.some((event) => event.name === 'exception') &&
      !childrenOf(spans, span).some((child) => child.status === 'error'),
  );
}

/**
 * Finds a hunt's operation the way the chapter does, through the viewer's query API only:
 * slow-hop searches traces of at least 150 ms and asks each where its time went; flaky-error
 * searches traces with an error and asks each where its error started. The operation most
 * traces point at wins; undefined while the search finds nothing. `sinceMs` (epoch ms) leaves
 * out older traces, as the viewer's lookback does.
 */
export async function solveHunt(
  kind: HuntKind,
  viewerUrl: string,
  sinceMs?: number,
): Promise<HuntAnswer | undefined> {
  const traces =
    kind === 'slow-hop'
      ? await search(viewerUrl, sinceMs, { minDuration: SLOW_TRACE })
      : await search(viewerUrl, sinceMs, { tags: JSON.stringify({ error: 'true' }) });
  const votes = new Map<string, HuntAnswer>();
  for (const trace of traces) {
    const spans = spansFromJaegerTrace(trace);
    const culprit = kind === 'slow-hop' ? slowestOwnTime(spans) : deepestFailure(spans);
    if (!culprit) continue;
    const key = `${culprit.serviceName} ${culprit.name}`;
    const answer = votes.get(key) ?? {
      service: culprit.serviceName,
      operation: culprit.name,
      votes: 0,
      traces: traces.length,
    };
    answer.votes += 1;
    votes.set(key, answer);
  }
  return [...votes.values()].sort((a, b) => b.votes - a.votes)[0];
}
