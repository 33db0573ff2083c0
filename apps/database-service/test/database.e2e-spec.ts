import { type RunningStack, launchStack } from '../../../tools/stack/launch-stack';
import { OtlpJsonReceiver } from '../../../test/support/otlp-json-receiver';

const PORT = 18103;
const BASE_URL = `http://127.0.0.1:${PORT}`;

/** The trace id from a W3C `traceresponse` header (same format as `traceparent`). */
function traceIdOf(response: Response): string {
  const header = response.headers.get('traceresponse') ?? '';
  const [, traceId] = header.split('-');
  if (!traceId) throw new Error(`no traceresponse header (got "${header}")`);
  return traceId;
}

describe('database-service (built app, real process)', () => {
  const receiver = new OtlpJsonReceiver();
  let stack: RunningStack;

  beforeAll(async () => {
    const endpoint = await receiver.start();
    stack = await launchStack({
      apps: ['database-service'],
      env: {
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      },
      appEnv: { 'database-service': { PORT: String(PORT), DATABASE_URL: '' } },
    });
  }, 60_000);

  afterAll(async () => {
    await stack?.stop();
    await receiver.stop();
  });

  it('serves the seeded users and orders', async () => {
    const users = await Promise.all(
      [123, 789, 1001, 2002].map(async (id) => {
        const response = await fetch(`${BASE_URL}/query?table=users&id=${id}`);
        return [response.status, ((await response.json()) as { id: number }).id];
      }),
    );
    expect(users).toEqual([
      [200, 123],
      [200, 789],
      [200, 1001],
      [200, 2002],
    ]);
    const order = await fetch(`${BASE_URL}/query?table=orders&id=456`);
    expect(order.status).toBe(200);
    expect(await order.json()).toEqual({
      id: 456,
      user_id: 789,
      product_id: 3,
      quantity: 1,
      status: 'confirmed',
      created_at: '2025-02-03T14:05:00.000Z',
    });
  });

  it('round-trips an insert through GET /query and traces both under their server spans', async () => {
    const inserted = await fetch(`${BASE_URL}/insert`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        table: 'orders',
        values: { user_id: 2002, product_id: 5, quantity: 3 },
      }),
    });
    expect(inserted.status).toBe(201);
    const created = (await inserted.json()) as { id: number };
    expect(created).toMatchObject({ id: 1000, user_id: 2002, product_id: 5, quantity: 3 });

    const read = await fetch(`${BASE_URL}/query?table=orders&id=${created.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(created);

    // Each request is its own trace: the HTTP server span with the manual span as its child.
    const insertSpans = await receiver.waitForSpans(traceIdOf(inserted), 2);
    const querySpans = await receiver.waitForSpans(traceIdOf(read), 2);
    for (const [spans, name] of [
      [insertSpans, 'database-service.insert'],
      [querySpans, 'database-service.query'],
    ] as const) {
      const server = spans.find((span) => span.kind === 'server');
      const manual = spans.find((span) => span.name === name);
      expect(manual?.parentSpanId).toBe(server?.spanId);
      expect(manual?.serviceName).toBe('database-service');
      expect(manual?.attributes['db.system.name']).toBe('postgresql');
      expect(manual?.status).toBe('unset');
    }
    const query = querySpans.find((span) => span.name === 'database-service.query');
    expect(query?.attributes['db.query.text']).toBe(
      'SELECT id, user_id, product_id, quantity, status, created_at FROM orders WHERE id = $1',
    );
    expect(query?.events.map((event) => event.name)).toEqual(['Query started', 'Query completed']);
  });
});
