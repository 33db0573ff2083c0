import { QueryParams, allParams, firstParam } from '../common/query-params';
import { parseGoDurationMicros } from '../config/go-duration';
import { TraceSearchQuery } from '../store/trace-search-query';
import { JaegerApiError } from './jaeger-api.error';

const DEFAULT_LIMIT = 100;
// Jaeger query's default search window when start is not given.
const DEFAULT_LOOKBACK_US = 2 * 24 * 3600 * 1_000_000;

function bad(message: string): JaegerApiError {
  return new JaegerApiError(400, message);
}

function parseInteger(query: QueryParams, name: string): number | undefined {
  const raw = firstParam(query, name);
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) {
    throw bad(
      `unable to parse param '${name}': strconv.ParseInt: parsing "${raw}": invalid syntax`,
    );
  }
  return Number(raw);
}

function parseDuration(query: QueryParams, name: string): number | undefined {
  const raw = firstParam(query, name);
  if (raw === undefined) return undefined;
  const micros = parseGoDurationMicros(raw);
  if (micros === null)
    throw bad(`unable to parse param '${name}': time: invalid duration "${raw}"`);
  return micros;
}

/** Parses `tags` (JSON objects) and `tag` (key:value) filters, repeatable, into pairs. */
export function parseTagFilters(query: QueryParams): [string, string][] {
  const pairs: [string, string][] = [];
  for (const raw of allParams(query, 'tag')) {
    const colon = raw.indexOf(':');
    if (colon <= 0) throw bad(`malformed 'tag' parameter, expecting key:value, received: ${raw}`);
    pairs.push([raw.slice(0, colon), raw.slice(colon + 1)]);
  }
  for (const raw of allParams(query, 'tags')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw bad(`malformed 'tags' parameter, cannot unmarshal JSON: ${(error as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw bad(`malformed 'tags' parameter, expecting a JSON object, received: ${raw}`);
    }
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') {
        throw bad(`malformed 'tags' parameter, value of "${key}" must be a string`);
      }
      pairs.push([key, value]);
    }
  }
  return pairs;
}

/** Parses the v1 /api/traces search parameters as Jaeger query does; throws 400 naming the param. */
export function parseV1Search(query: QueryParams, nowUs: number): TraceSearchQuery {
  const service = firstParam(query, 'service');
  if (service === undefined) throw bad("parameter 'service' is required");
  const endUs = parseInteger(query, 'end') ?? nowUs;
  const startUs = parseInteger(query, 'start') ?? endUs - DEFAULT_LOOKBACK_US;
  const limit = parseInteger(query, 'limit') ?? DEFAULT_LIMIT;
  if (limit < 0) throw bad("unable to parse param 'limit': must not be negative");
  const durationMinUs = parseDuration(query, 'minDuration');
  const durationMaxUs = parseDuration(query, 'maxDuration');
  if (durationMinUs !== undefined && durationMaxUs !== undefined && durationMaxUs < durationMinUs) {
    throw bad("'maxDuration' should be greater than 'minDuration'");
  }
  return {
    service,
    operation: firstParam(query, 'operation'),
    tags: parseTagFilters(query),
    startMinUs: startUs,
    startMaxUs: endUs,
    durationMinUs,
    durationMaxUs,
    limit: limit === 0 ? DEFAULT_LIMIT : limit,
  };
}
