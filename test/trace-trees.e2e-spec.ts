import { expectedTrees, type ScenarioName } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { serviceUrl, type ServiceName } from './support/e2e-services';
import { httpCall, type HttpAnswer } from './support/http-call';
import {
  eventOf,
  expectedSpanTotal,
  expectHops,
  expectTreeShape,
  findSpan,
  serverSpanAbove,
  spanView,
} from './support/span-assertions';
import { parseTraceParent } from './support/trace-context';
import { useServicesWithReceiver } from './support/services-suite';

/** The server span each manual span runs under: `{method} {route}`, as the telemetry lib names it. */
const SERVER_SPAN_OF: Record<string, [name: string, route: string]> = {
  'api-gateway.get_user': ['GET /users/:id', '/users/:id'],
  'api-gateway.create_order': ['POST /orders', '/orders'],
  'api-gateway.get_order': ['GET /orders/:id', '/orders/:id'],
  'user-service.get_user': ['GET /users/:id', '/users/:id'],
  'order-service.create_order': ['POST /orders', '/orders'],
  'order-service.get_order': ['GET /orders/:id', '/orders/:id'],
  'database-service.query': ['GET /query', '/query'],
  'database-service.insert': ['POST /insert', '/insert'],
  'inventory-service.check': ['POST /inventory/check', '/inventory/check'],
  'inventory-service.reserve': ['POST /inventory/reserve', '/inventory/reserve'],
};

const SELECT_USER = 'SELECT id, name, email FROM users WHERE id = $1';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

describe('one trace per request across the five services (seed tests 1-4)', () => {
  const { receiver } = useServicesWithReceiver();

  /** The trace named by the answer's traceresponse header, once all its spans have arrived. */
  async function traceOf(answer: HttpAnswer, scenario: ScenarioName) {
    const context = parseTraceParent(answer.headers.get('traceresponse'), 'traceresponse');
    const spans = await receiver.waitForSpans(
      context.traceId,
      expectedSpanTotal(expectedTrees[scenario]),
    );
    return { context, spans };
  }

  /** Checks the tree, every hop, the server spans' names/routes and each span's resource. */
  function expectWellFormedTrace(
    spans: TraceSpan[],
    scenario: ScenarioName,
    rootServerSpanId: string,
  ): void {
    const expected = expectedTrees[scenario];
    expect(spans).toHaveLength(expectedSpanTotal(expected));
    expectTreeShape(spans, expected);
    expectHops(spans, expected);
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);

    const root = findSpan(spans, expected.name);
    const rootServer = serverSpanAbove(spans, root);
    expect({
      span: rootServer.name,
      id: rootServer.spanId,
      parent: rootServer.parentSpanId,
    }).toEqual({ span: SERVER_SPAN_OF[expected.name][0], id: rootServerSpanId, parent: undefined });
    for (const span of spans.filter((candidate) => candidate.kind === 'server')) {
      const manual = spans.find((child) => child.parentSpanId === span.spanId);
      const [name, route] = SERVER_SPAN_OF[manual?.name ?? ''] ?? ['?', '?'];
      expect({
        span: span.name,
        service: span.serviceName,
        route: span.attributes['http.route'],
      }).toEqual({ span: name, service: span.serviceName, route });
    }
    for (const span of spans) {
      expect({
        span: `${span.serviceName}:${span.name}`,
        resource: receiver.envelopeOf(span.spanId).resource,
      }).toMatchObject({
        span: `${span.serviceName}:${span.name}`,
        resource: {
          'service.name': span.serviceName,
          'service.version': expect.stringMatching(/^\d+\.\d+\.\d+/),
          'deployment.environment.name': 'local',
        },
      });
    }
  }

  it('test 1: GET /users/123 through the gateway is one trace gateway -> user -> database', async () => {
    const answer = await httpCall(`${serviceUrl('api-gateway')}/users/123`);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ id: 123, name: expect.any(String), email: expect.any(String) });
    const { context, spans } = await traceOf(answer, 'get-user');
    expectWellFormedTrace(spans, 'get-user', context.spanId);

    const events = ['User lookup started', 'User lookup completed'];
    expect(spanView(findSpan(spans, 'api-gateway.get_user'))).toMatchObject({
      span: 'api-gateway:api-gateway.get_user',
      kind: 'internal',
      status: 'unset',
      attributes: { 'user.id': 123 },
      events,
    });
    expect(spanView(findSpan(spans, 'user-service.get_user'))).toMatchObject({
      span: 'user-service:user-service.get_user',
      kind: 'internal',
      status: 'unset',
      attributes: { 'user.id': 123 },
      events,
    });
    const query = findSpan(spans, 'database-service.query');
    expect(spanView(query)).toMatchObject({
      span: 'database-service:database-service.query',
      kind: 'internal',
      status: 'unset',
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': 'SELECT',
        'db.collection.name': 'users',
        'db.query.text': SELECT_USER,
        'db.response.returned_rows': 1,
      },
      events: ['Query started', 'Query completed'],
    });
  });

  it('test 2: POST /orders creates an order in one trace across all five services', async () => {
    const stockBefore = await httpCall(`${serviceUrl('inventory-service')}/inventory/check`, {
      method: 'POST',
      body: { product_id: 1, quantity: 1 },
    });
    const answer = await httpCall(
      `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=2`,
      { method: 'POST' },
    );

    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.any(Number),
      user_id: 123,
      product_id: 1,
      quantity: 2,
      status: 'confirmed',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    });
    const order = answer.body as { id: number };
    expect(order.id).toBeGreaterThanOrEqual(1000);
    const { context, spans } = await traceOf(answer, 'create-order');
    expectWellFormedTrace(spans, 'create-order', context.spanId);

    expect(stockBefore.status).toBe(200);
    const available = (stockBefore.body as { available: number }).available;
    const placed = { 'user.id': 123, 'product.id': 1, 'order.quantity': 2, 'order.id': order.id };
    const gateway = findSpan(spans, 'api-gateway.create_order');
    expect(spanView(gateway)).toMatchObject({
      span: 'api-gateway:api-gateway.create_order',
      status: 'unset',
      attributes: placed,
      events: ['Order requested', 'Order created'],
    });
    expect(eventOf(gateway, 'Order created').attributes).toEqual({ 'order.id': order.id });
    expect(spanView(findSpan(spans, 'order-service.create_order'))).toMatchObject({
      span: 'order-service:order-service.create_order',
      status: 'unset',
      attributes: placed,
    });
    expect(spanView(findSpan(spans, 'check_inventory'))).toMatchObject({
      span: 'order-service:check_inventory',
      status: 'unset',
      attributes: { 'product.id': 1, 'order.quantity': 2, 'inventory.available': available },
    });
    expect(spanView(findSpan(spans, 'inventory-service.check'))).toMatchObject({
      span: 'inventory-service:inventory-service.check',
      attributes: { 'product.id': 1, 'order.quantity': 2, 'inventory.available': available },
      events: ['Stock lookup started', 'Stock lookup completed'],
    });
    const record = findSpan(spans, 'create_order_record');
    expect(spanView(record)).toMatchObject({
      span: 'order-service:create_order_record',
      status: 'unset',
      attributes: { 'order.id': order.id },
      events: ['Order record created'],
    });
    const insert = findSpan(spans, 'database-service.insert');
    expect(spanView(insert)).toMatchObject({
      span: 'database-service:database-service.insert',
      status: 'unset',
      attributes: {
        'db.system.name': 'postgresql',
        'db.operation.name': 'INSERT',
        'db.collection.name': 'orders',
        'db.query.text': expect.stringMatching(/^INSERT INTO orders \(.*\$1.*\$2.*\$3/),
        'order.id': order.id,
      },
      events: ['Row inserted'],
    });
    expect(eventOf(insert, 'Row inserted').attributes).toEqual({ 'order.id': order.id });
    // Parameterised: the user id travels as $1, never inside the statement text.
    expect(insert.attributes['db.query.text']).not.toContain('123');
    expect(spanView(findSpan(spans, 'reserve_inventory'))).toMatchObject({
      span: 'order-service:reserve_inventory',
      status: 'unset',
      attributes: { 'product.id': 1, 'order.quantity': 2 },
      events: ['Stock reserved'],
    });
    expect(spanView(findSpan(spans, 'inventory-service.reserve'))).toMatchObject({
      span: 'inventory-service:inventory-service.reserve',
      attributes: { 'product.id': 1, 'order.quantity': 2, 'inventory.remaining': available - 2 },
      events: ['Stock reserved'],
    });

    // The order now exists: the gateway finds it, with the same fields.
    const fetched = await httpCall(`${serviceUrl('api-gateway')}/orders/${order.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body).toEqual(answer.body);
  });

  it('test 3: GET /orders/456 through the gateway is one trace gateway -> order -> database', async () => {
    const answer = await httpCall(`${serviceUrl('api-gateway')}/orders/456`);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: 456, status: 'confirmed' });
    const { context, spans } = await traceOf(answer, 'get-order');
    expectWellFormedTrace(spans, 'get-order', context.spanId);

    expect(spanView(findSpan(spans, 'api-gateway.get_order'))).toMatchObject({
      span: 'api-gateway:api-gateway.get_order',
      status: 'unset',
      attributes: { 'order.id': 456 },
    });
    expect(spanView(findSpan(spans, 'order-service.get_order'))).toMatchObject({
      span: 'order-service:order-service.get_order',
      status: 'unset',
      attributes: { 'order.id': 456 },
    });
    expect(spanView(findSpan(spans, 'database-service.query'))).toMatchObject({
      span: 'database-service:database-service.query',
      attributes: {
        'db.operation.name': 'SELECT',
        'db.collection.name': 'orders',
        'db.query.text': expect.stringMatching(/^SELECT .* FROM orders WHERE id = \$1$/),
        'db.response.returned_rows': 1,
      },
    });
  });

  describe('test 4: direct calls start their own trace at the service called', () => {
    const cases: [ScenarioName, ServiceName, string, object | undefined, number, unknown][] = [
      [
        'direct-user',
        'user-service',
        '/users/789',
        undefined,
        200,
        { id: 789, name: expect.any(String), email: expect.any(String) },
      ],
      [
        'direct-order',
        'order-service',
        '/orders/123',
        undefined,
        200,
        expect.objectContaining({ id: 123, user_id: 123, product_id: 1, quantity: 2 }),
      ],
      [
        'direct-inventory-check',
        'inventory-service',
        '/inventory/check',
        { product_id: 1, quantity: 5 },
        200,
        { product_id: 1, requested: 5, available: expect.any(Number), sufficient: true },
      ],
      [
        'direct-db-query',
        'database-service',
        '/query?table=users&id=123',
        undefined,
        200,
        { id: 123, name: expect.any(String), email: expect.any(String) },
      ],
    ];

    it.each(cases)('%s: %s %s', async (scenario, service, path, body, status, expectedBody) => {
      const answer = await httpCall(`${serviceUrl(service)}${path}`, {
        method: body ? 'POST' : 'GET',
        body,
      });

      expect(answer.status).toBe(status);
      expect(answer.body).toEqual(expectedBody);
      const { context, spans } = await traceOf(answer, scenario);
      expectWellFormedTrace(spans, scenario, context.spanId);
      expect(
        serverSpanAbove(spans, findSpan(spans, expectedTrees[scenario].name)).serviceName,
      ).toBe(service);
    });

    it('database-service.query names the statement but never the values', async () => {
      const answer = await httpCall(`${serviceUrl('database-service')}/query?table=users&id=2002`);

      expect(answer.status).toBe(200);
      const { spans } = await traceOf(answer, 'direct-db-query');
      const query = findSpan(spans, 'database-service.query');
      expect(query.attributes['db.query.text']).toBe(SELECT_USER);
      expect(JSON.stringify(query.attributes)).not.toContain('2002');
    });
  });
});
