import { QueryParams, firstParam } from '../common/query-params';
import { parseGoDurationMicros } from '../config/go-duration';
import { TraceSearchQuery } from '../store/trace-search-query';
import { V3ApiError } from './v3-api.error';

const DEFAULT_SEARCH_DEPTH = 100;

function bad(message: string): V3ApiError {
  return new V3ApiError(400, message);
}

function time(query: QueryParams, name: string): number {
  const raw = firstParam(query, name);
  if (raw === undefined) throw bad(`${name} is required`);
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(ms)) {
    throw bad(`${name} must be an RFC 3339 time, got "${raw}"`);
  }
  // Keep sub-millisecond digits that Date.parse drops.
  const fraction = /\.(\d+)/.exec(raw)?.[1] ?? '';
  const extraMicros = Number((fraction + '000000').slice(3, 6));
  return ms * 1000 + extraMicros;
}

function duration(query: QueryParams, name: string): number | undefined {
  const raw = firstParam(query, name);
  if (raw === undefined) return undefined;
  const micros = parseGoDurationMicros(raw);
  if (micros === null) throw bad(`${name} must be a duration like 100ms, got "${raw}"`);
  return micros;
}

/** Parses api_v3 `query.*` parameters (FindTraces / trace-summaries); throws 400 naming the param. */
export function parseV3Search(query: QueryParams): TraceSearchQuery {
  const startMinUs = time(query, 'query.startTimeMin');
  const startMaxUs = time(query, 'query.startTimeMax');
  if (startMaxUs <= startMinUs) throw bad('query.startTimeMax must be after query.startTimeMin');
  const durationMinUs = duration(query, 'query.durationMin');
  const durationMaxUs = duration(query, 'query.durationMax');
  if (durationMinUs !== undefined && durationMaxUs !== undefined && durationMaxUs < durationMinUs) {
    throw bad('query.durationMax must not be less than query.durationMin');
  }
  const depthRaw = firstParam(query, 'query.searchDepth');
  let limit = DEFAULT_SEARCH_DEPTH;
  if (depthRaw !== undefined) {
    if (!/^\d+$/.test(depthRaw) || Number(depthRaw) < 1) {
      throw bad(`query.searchDepth must be a positive integer, got "${depthRaw}"`);
    }
    limit = Number(depthRaw);
  }
  const tags: [string, string][] = [];
  const attributesRaw = firstParam(query, 'query.attributes');
  if (attributesRaw !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(attributesRaw);
    } catch {
      throw bad('query.attributes must be a JSON object of strings');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw bad('query.attributes must be a JSON object of strings');
    }
    for (const [key, value] of Object.entries(parsed)) tags.push([key, String(value)]);
  }
  return {
    service: firstParam(query, 'query.serviceName'),
    operation: firstParam(query, 'query.operationName'),
    tags,
    startMinUs,
    startMaxUs,
    durationMinUs,
    durationMaxUs,
    limit,
  };
}
