import { ApiError } from './api.error';
import type {
  ApiErrorEntry,
  Envelope,
  LogRecord,
  OperationStats,
  ServiceMap,
  Trace,
  TraceQuery,
} from './api.types';

/** Result of a search: the traces plus any per-trace errors the server reported alongside. */
export interface SearchResult {
  traces: Trace[];
  errors: ApiErrorEntry[];
  url: string;
}

function describe(errors: ApiErrorEntry[] | null | undefined): string | undefined {
  if (!errors?.length) return undefined;
  return errors.map((e) => (e.traceID ? `${e.msg} (${e.traceID})` : e.msg)).join('; ');
}

// Jaeger answers errors as JSON with Content-Type text/plain, so the body is parsed whatever the
// header says, and a non-JSON body still yields a readable message.
async function getEnvelope<T>(url: string): Promise<Envelope<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(`Cannot reach the viewer API (${String(error)})`, 0);
  }
  const text = await response.text();
  let body: Envelope<T> | undefined;
  try {
    body = JSON.parse(text) as Envelope<T>;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const message = describe(body?.errors) ?? (text.trim() || response.statusText);
    throw new ApiError(`${response.status}: ${message}`, response.status);
  }
  if (!body) throw new ApiError(`Unexpected non-JSON answer from ${url}`, response.status);
  if (body.data === null && body.errors?.length) {
    throw new ApiError(describe(body.errors) ?? 'Unknown error', response.status);
  }
  return body;
}

/** Lists every service that has reported spans. */
export async function fetchServices(): Promise<string[]> {
  return (await getEnvelope<string[] | null>('/api/services')).data ?? [];
}

/** Lists the operation names one service has reported. */
export async function fetchOperations(service: string): Promise<string[]> {
  const url = `/api/services/${encodeURIComponent(service)}/operations`;
  return (await getEnvelope<string[] | null>(url)).data ?? [];
}

/** Builds the v1 search URL for a query (also shown to the reader as a lesson). */
export function searchUrl(query: TraceQuery): string {
  const params = new URLSearchParams();
  if (query.service) params.set('service', query.service);
  if (query.operation) params.set('operation', query.operation);
  if (query.tags && Object.keys(query.tags).length) params.set('tags', JSON.stringify(query.tags));
  if (query.minDuration) params.set('minDuration', query.minDuration);
  if (query.maxDuration) params.set('maxDuration', query.maxDuration);
  params.set('start', String(query.start));
  params.set('end', String(query.end));
  params.set('limit', String(query.limit));
  return `/api/traces?${params.toString()}`;
}

/** Runs a v1 trace search. */
export async function searchTraces(query: TraceQuery): Promise<SearchResult> {
  const url = searchUrl(query);
  const body = await getEnvelope<Trace[] | null>(url);
  return { traces: body.data ?? [], errors: body.errors ?? [], url };
}

/** Fetches one whole trace by id. */
export async function fetchTrace(traceId: string): Promise<Trace> {
  const body = await getEnvelope<Trace[] | null>(`/api/traces/${encodeURIComponent(traceId)}`);
  const trace = body.data?.[0];
  if (!trace) throw new ApiError('trace not found', 404);
  return trace;
}

/** Fetches the log records written inside a trace, ordered by time. */
export async function fetchTraceLogs(traceId: string): Promise<LogRecord[]> {
  const url = `/api/ui/traces/${encodeURIComponent(traceId)}/logs`;
  return (await getEnvelope<LogRecord[] | null>(url)).data ?? [];
}

/** Fetches the service dependency graph for the last lookbackMs. */
export async function fetchServiceMap(lookbackMs: number): Promise<ServiceMap> {
  const body = await getEnvelope<ServiceMap | null>(`/api/ui/service-map?lookback=${lookbackMs}`);
  return body.data ?? { services: [], edges: [] };
}

/** The time window of a stats query: the last `lookbackMs`, or from `sinceMs` to `untilMs` or now. */
export type StatsWindow = { lookbackMs: number } | { sinceMs: number; untilMs?: number };

/** Fetches per-operation RED statistics for a window, optionally for one service. */
export async function fetchStats(window: StatsWindow, service?: string): Promise<OperationStats[]> {
  const params = new URLSearchParams();
  if ('lookbackMs' in window) params.set('lookback', String(window.lookbackMs));
  else {
    params.set('since', String(window.sinceMs));
    if (window.untilMs !== undefined) params.set('until', String(window.untilMs));
  }
  if (service) params.set('service', service);
  return (
    (await getEnvelope<OperationStats[] | null>(`/api/ui/stats?${params.toString()}`)).data ?? []
  );
}
