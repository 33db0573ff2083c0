import request from 'supertest';
import { RunningViewer } from '../src/viewer';
import { otlpJsonBody } from './support/otlp-json-body';
import { startTestViewer } from './support/viewer-harness';

const TRACE_A = '0af7651916cd43dd8448eb211c80319c';
const TRACE_B = '00000000000000004bf92f3577b34da6';

describe('query API contract', () => {
  let viewer: RunningViewer;
  let query: ReturnType<typeof request>;
  const now = Date.now();

  beforeAll(async () => {
    viewer = await startTestViewer();
    query = request(`http://127.0.0.1:${viewer.queryPort}`);
    await request(`http://127.0.0.1:${viewer.otlpPort}`)
      .post('/v1/traces')
      .set('Content-Type', 'application/json')
      .send(
        otlpJsonBody([
          {
            traceId: TRACE_A,
            spanId: '00f067aa0ba902b7',
            name: 'GET /orders',
            service: 'api-gateway',
            startMs: now - 5000,
            durationMs: 120,
            attrs: { 'http.route': '/orders' },
          },
          {
            traceId: TRACE_A,
            spanId: '00f067aa0ba902b8',
            parentSpanId: '00f067aa0ba902b7',
            name: 'POST /reserve',
            service: 'inventory-service',
            startMs: now - 4990,
            durationMs: 80,
            error: true,
          },
          {
            traceId: TRACE_B,
            spanId: '10f067aa0ba902b7',
            name: 'GET /users/:id',
            service: 'api-gateway',
            startMs: now - 3000,
            durationMs: 5,
          },
        ]),
      )
      .expect(200, '{}');
  });
  afterAll(() => viewer.close());

  it('GET /api/services lists services in the v1 envelope', async () => {
    const response = await query.get('/api/services').expect(200);
    expect(response.text).toBe(
      '{"data":["api-gateway","inventory-service"],"total":2,"limit":0,"offset":0,"errors":null}',
    );
  });

  it('GET /api/services/{s}/operations and /api/operations', async () => {
    expect((await query.get('/api/services/api-gateway/operations').expect(200)).body).toEqual({
      data: ['GET /orders', 'GET /users/:id'],
      total: 2,
      limit: 0,
      offset: 0,
      errors: null,
    });
    expect(
      (await query.get('/api/operations?service=inventory-service').expect(200)).body.data,
    ).toEqual([{ name: 'POST /reserve', spanKind: 'client' }]);
    expect(
      (await query.get('/api/operations?service=api-gateway&spanKind=client').expect(200)).body
        .data,
    ).toEqual([]);
    expect((await query.get('/api/operations').expect(400)).body).toEqual({
      data: null,
      total: 0,
      limit: 0,
      offset: 0,
      errors: [{ code: 400, msg: "parameter 'service' is required" }],
    });
  });

  it('GET /api/traces/{id} accepts hex, short hex and base64; 404 in the Jaeger envelope', async () => {
    const full = await query.get(`/api/traces/${TRACE_A}`).expect(200);
    expect(full.body.data[0].spans).toHaveLength(2);
    const short = await query.get('/api/traces/4bf92f3577b34da6').expect(200);
    expect(short.body.data[0].traceID).toBe('4bf92f3577b34da6');
    const base64 = Buffer.from(TRACE_A, 'hex').toString('base64');
    expect(
      (await query.get(`/api/traces/${encodeURIComponent(base64)}`).expect(200)).body.data[0]
        .traceID,
    ).toBe(TRACE_A);
    expect(
      (await query.get('/api/traces/ffffffffffffffffffffffffffffffff').expect(404)).body,
    ).toEqual({
      data: null,
      total: 0,
      limit: 0,
      offset: 0,
      errors: [{ code: 404, msg: 'trace not found' }],
    });
    expect((await query.get('/api/traces/not-an-id').expect(400)).body.errors[0].code).toBe(400);
  });

  it('GET /api/traces searches by service, operation, tags, durations and ids', async () => {
    const ids = (body: { data: { traceID: string }[] }) => body.data.map((t) => t.traceID);
    expect(
      ids(
        (await query.get('/api/traces?service=api-gateway&limit=20&lookback=1h').expect(200)).body,
      ),
    ).toEqual(['4bf92f3577b34da6', TRACE_A]);
    expect(
      ids(
        (await query.get('/api/traces?service=api-gateway&operation=GET%20/orders').expect(200))
          .body,
      ),
    ).toEqual([TRACE_A]);
    expect(
      ids(
        (
          await query
            .get('/api/traces?service=inventory-service&tags=%7B%22error%22%3A%22true%22%7D')
            .expect(200)
        ).body,
      ),
    ).toEqual([TRACE_A]);
    expect(
      ids(
        (await query.get('/api/traces?service=api-gateway&tag=http.route:/orders').expect(200))
          .body,
      ),
    ).toEqual([TRACE_A]);
    expect(
      ids((await query.get('/api/traces?service=api-gateway&minDuration=100ms').expect(200)).body),
    ).toEqual([TRACE_A]);
    expect(
      ids((await query.get('/api/traces?service=api-gateway&maxDuration=10ms').expect(200)).body),
    ).toEqual(['4bf92f3577b34da6']);
    const start = (now - 3500) * 1000;
    expect(
      ids(
        (
          await query
            .get(`/api/traces?service=api-gateway&start=${start}&end=${now * 1000}`)
            .expect(200)
        ).body,
      ),
    ).toEqual(['4bf92f3577b34da6']);

    const byId = await query
      .get(`/api/traces?traceID=${TRACE_A}&traceID=ffffffffffffffff`)
      .expect(200);
    expect(ids(byId.body)).toEqual([TRACE_A]);
    expect(byId.body.errors).toEqual([{ msg: 'trace not found', traceID: 'ffffffffffffffff' }]);
  });

  it.each([
    ['/api/traces?service=a&minDuration=fast', "unable to parse param 'minDuration'"],
    ['/api/traces?service=a&maxDuration=1x', "unable to parse param 'maxDuration'"],
    [
      '/api/traces?service=a&minDuration=2s&maxDuration=1s',
      "'maxDuration' should be greater than 'minDuration'",
    ],
    ['/api/traces?service=a&limit=ten', "unable to parse param 'limit'"],
    ['/api/traces?service=a&start=yesterday', "unable to parse param 'start'"],
    ['/api/traces?service=a&tags=%7Bbad', "malformed 'tags' parameter"],
    ['/api/traces?service=a&tag=novalue', "malformed 'tag' parameter"],
    ['/api/traces', "parameter 'service' is required"],
  ])('GET %s answers 400 naming the parameter', async (url, message) => {
    const response = await query.get(url).expect(400);
    expect(response.body).toMatchObject({ data: null, total: 0, limit: 0, offset: 0 });
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].code).toBe(400);
    expect(response.body.errors[0].msg).toContain(message);
  });

  it('GET /api/dependencies counts calls between services', async () => {
    const response = await query
      .get(`/api/dependencies?endTs=${Date.now()}&lookback=604800000`)
      .expect(200);
    expect(response.body).toEqual({
      data: [{ parent: 'api-gateway', child: 'inventory-service', callCount: 1 }],
      total: 0,
      limit: 0,
      offset: 0,
      errors: null,
    });
  });

  it('api_v3: services, operations, trace-summaries and traces', async () => {
    expect((await query.get('/api/v3/services').expect(200)).body).toEqual({
      services: ['api-gateway', 'inventory-service'],
    });
    expect((await query.get('/api/v3/operations?service=api-gateway').expect(200)).body).toEqual({
      operations: [
        { name: 'GET /orders', spanKind: 'server' },
        { name: 'GET /users/:id', spanKind: 'server' },
      ],
    });
    const min = new Date(now - 60_000).toISOString();
    const max = new Date(now + 60_000).toISOString();
    const summaries = await query
      .get(
        `/api/v3/trace-summaries?query.serviceName=api-gateway&query.startTimeMin=${min}&query.startTimeMax=${max}&query.durationMin=100ms`,
      )
      .expect(200);
    expect(summaries.body).toEqual({
      summaries: [
        {
          traceId: TRACE_A,
          rootServiceName: 'api-gateway',
          rootOperationName: 'GET /orders',
          minStartTimeUnixNano: `${(now - 5000) * 1000}000`,
          maxEndTimeUnixNano: `${(now - 5000 + 120) * 1000}000`,
          spanCount: 2,
          errorSpanCount: 1,
          orphanSpanCount: 0,
          services: [
            { name: 'api-gateway', spanCount: 1, errorSpanCount: 0 },
            { name: 'inventory-service', spanCount: 1, errorSpanCount: 1 },
          ],
        },
      ],
    });
    const missing = await query
      .get(`/api/v3/trace-summaries?query.startTimeMin=${min}`)
      .expect(400);
    expect(missing.body).toEqual({
      error: { httpCode: 400, message: 'query.startTimeMax is required' },
    });

    const trace = await query.get(`/api/v3/traces/${TRACE_A}`).expect(200);
    const resourceSpans = trace.body.result.resourceSpans as {
      resource: unknown;
      scopeSpans: { scope: unknown; spans: Record<string, unknown>[] }[];
    }[];
    expect(resourceSpans.map((rs) => rs.resource)).toEqual([
      { attributes: [{ key: 'service.name', value: { stringValue: 'api-gateway' } }] },
      { attributes: [{ key: 'service.name', value: { stringValue: 'inventory-service' } }] },
    ]);
    expect(resourceSpans[1].scopeSpans[0]).toEqual({
      scope: { name: 'contract' },
      spans: [
        {
          traceId: TRACE_A,
          spanId: '00f067aa0ba902b8',
          parentSpanId: '00f067aa0ba902b7',
          name: 'POST /reserve',
          kind: 3,
          startTimeUnixNano: `${(now - 4990) * 1000}000`,
          endTimeUnixNano: `${(now - 4990 + 80) * 1000}000`,
          status: { message: 'failed', code: 2 },
        },
      ],
    });
    expect(
      (await query.get('/api/v3/traces/ffffffffffffffffffffffffffffffff').expect(404)).body,
    ).toEqual({
      error: { httpCode: 404, message: 'No traces found' },
    });
  });

  it('UI endpoints: service map and stats', async () => {
    expect((await query.get('/api/ui/service-map').expect(200)).body).toEqual({
      data: {
        services: [
          { name: 'api-gateway', spanCount: 2, errorCount: 0 },
          { name: 'inventory-service', spanCount: 1, errorCount: 1 },
        ],
        edges: [{ parent: 'api-gateway', child: 'inventory-service', callCount: 1, errorCount: 1 }],
      },
    });
    const stats = await query
      .get('/api/ui/stats?lookback=3600000&service=inventory-service')
      .expect(200);
    expect(stats.body.data).toEqual([
      {
        service: 'inventory-service',
        operation: 'POST /reserve',
        spanKind: 'client',
        count: 1,
        errorCount: 1,
        ratePerSecond: 0.0003,
        errorRate: 1,
        p50Ms: 80,
        p95Ms: 80,
        p99Ms: 80,
      },
    ]);
  });

  it('UI stats for a window that starts at a given time (a load run, a hunt), or a 400', async () => {
    const since = now - 4000;
    const operations = async (path: string) =>
      ((await query.get(path).expect(200)).body as { data: { operation: string }[] }).data.map(
        ({ operation }) => operation,
      );
    expect(await operations(`/api/ui/stats?since=${since}`)).toEqual(['GET /users/:id']);
    expect(await operations(`/api/ui/stats?since=${now - 6000}&until=${since}`)).toEqual([
      'GET /orders',
      'POST /reserve',
    ]);
    expect((await query.get('/api/ui/stats?since=today').expect(400)).body).toEqual({
      data: null,
      total: 0,
      limit: 0,
      offset: 0,
      errors: [
        {
          code: 400,
          msg: `unable to parse param 'since': expected epoch milliseconds, got "today"`,
        },
      ],
    });
    const both = await query.get(`/api/ui/service-map?since=${since}&lookback=60000`).expect(400);
    expect(both.body.errors[0].msg).toBe("give either 'lookback' or 'since', not both");
  });

  it('unknown routes answer 404 JSON; other paths serve the UI', async () => {
    const unknown = await query.get('/api/nope').expect(404);
    expect(unknown.body.errors[0].code).toBe(404);
    const page = await query.get('/some/deep/link').expect(200);
    expect(page.text.length).toBeGreaterThan(0);
  });
});
