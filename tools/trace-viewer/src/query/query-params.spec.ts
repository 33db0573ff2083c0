import { ApiError } from './api.error';
import { TraceSearchParams, toSearchCriteria } from './jaeger-v1/trace-search.params';
import { V3SearchParams } from './jaeger-v3/v3-search.params';
import { queryParams } from './query-params';

async function parse<T>(dto: new () => T, query: Record<string, unknown>): Promise<T> {
  return (await queryParams(dto).transform(query, { type: 'query' })) as T;
}

async function failure(dto: new () => unknown, query: Record<string, unknown>): Promise<string> {
  const error: unknown = await parse(dto, query).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  expect(error.status).toBe(400);
  return error.message;
}

describe(queryParams.name, () => {
  it.each([
    [{}, "parameter 'service' is required"],
    [{ service: '' }, "parameter 'service' is required"],
    [
      { service: 'a', limit: 'ten', minDuration: 'x' },
      `unable to parse param 'limit': strconv.ParseInt: parsing "ten": invalid syntax`,
    ],
    [{ service: 'a', limit: '-1' }, "unable to parse param 'limit': must not be negative"],
    [
      { service: 'a', minDuration: '10' },
      `unable to parse param 'minDuration': time: invalid duration "10"`,
    ],
    [
      { service: 'a', minDuration: '2s', maxDuration: '1500ms' },
      "'maxDuration' should be greater than 'minDuration'",
    ],
    [
      { service: 'a', tag: ['k:v', 'novalue'] },
      "malformed 'tag' parameter, expecting key:value, received: novalue",
    ],
    [
      { service: 'a', tags: '{"a":1}' },
      `malformed 'tags' parameter, value of "a" must be a string`,
    ],
  ])('v1 /api/traces %j answers %p', async (query, message) => {
    expect(await failure(TraceSearchParams, query)).toBe(message);
  });

  it('reads a v1 search: first values, repeated tags, Go durations, defaults', async () => {
    const params = await parse(TraceSearchParams, {
      service: ['', 'api-gateway', 'ignored'],
      end: '2000000',
      tag: ['http.route:/orders', 'a:b:c'],
      tags: '{"error":"true"}',
      minDuration: '1.5ms',
      maxDuration: '1h30m',
    });
    expect(toSearchCriteria(params, 9_999)).toEqual({
      service: 'api-gateway',
      operation: undefined,
      tags: [
        ['http.route', '/orders'],
        ['a', 'b:c'],
        ['error', 'true'],
      ],
      startMinUs: 2_000_000 - 2 * 24 * 3600 * 1_000_000,
      startMaxUs: 2_000_000,
      durationMinUs: 1500,
      durationMaxUs: 5_400_000_000,
      limit: 100,
    });
  });

  it('skips the search checks when trace ids are asked for', async () => {
    const params = await parse(TraceSearchParams, { traceID: ['a', 'b'], limit: 'ten' });
    expect(params.traceID).toEqual(['a', 'b']);
  });

  const window = { 'query.startTimeMin': '2026-01-01T00:00:00Z' };
  it.each([
    [{}, 'query.startTimeMin is required'],
    [
      { 'query.startTimeMin': 'yesterday' },
      'query.startTimeMin must be an RFC 3339 time, got "yesterday"',
    ],
    [window, 'query.startTimeMax is required'],
    [
      { ...window, 'query.startTimeMax': '2025-12-31T23:59:59Z' },
      'query.startTimeMax must be after query.startTimeMin',
    ],
    [
      { ...window, 'query.startTimeMax': '2026-01-02T00:00:00Z', 'query.durationMin': '1d' },
      'query.durationMin must be a duration like 100ms, got "1d"',
    ],
    [
      { ...window, 'query.startTimeMax': '2026-01-02T00:00:00Z', 'query.searchDepth': '0' },
      'query.searchDepth must be a positive integer, got "0"',
    ],
  ])('api_v3 %j answers %p', async (query, message) => {
    expect(await failure(V3SearchParams, query)).toBe(message);
  });
});
