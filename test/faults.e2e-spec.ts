import { expectedTrees } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { faultDraw } from '@app/faults';
import { runAdminCli } from './support/admin-cli';
import {
  E2E_PORTS,
  serviceUrl,
  startGateway,
  TEST_PORTS,
  type ServiceName,
} from './support/e2e-services';
import { httpCall, type HttpAnswer } from './support/http-call';
import {
  eventOf,
  expectedSpanTotal,
  expectTreeShape,
  findSpan,
  parentOf,
  spanView,
} from './support/span-assertions';
import { parseTraceParent } from './support/trace-context';
import { useServicesWithReceiver } from './support/services-suite';

// Real processes on a shared two-core machine: spans can take seconds to arrive under load.
jest.setTimeout(30_000);

const GATEWAY = serviceUrl('api-gateway');

/** The admin listener of a test service, on loopback. */
function adminUrl(service: ServiceName): string {
  return `http://127.0.0.1:${TEST_PORTS.adminPort(service)}`;
}

function traceIdOf(answer: HttpAnswer): string {
  return parseTraceParent(answer.headers.get('traceresponse'), 'traceresponse').traceId;
}

function exceptionOf(span: TraceSpan): Record<string, unknown> {
  return eventOf(span, 'exception').attributes;
}

async function addFault(service: ServiceName, rule: Record<string, unknown>): Promise<string> {
  const answer = await httpCall(`${adminUrl(service)}/faults`, { method: 'POST', body: rule });
  expect(answer.status).toBe(201);
  return (answer.body as { id: string }).id;
}

describe('fault injection (real services, real HTTP)', () => {
  const suite = useServicesWithReceiver();
  const { receiver } = suite;

  afterEach(async () => {
    for (const service of Object.keys(E2E_PORTS) as ServiceName[]) {
      const answer = await httpCall(`${adminUrl(service)}/faults`, { method: 'DELETE' });
      expect(answer.status).toBe(204);
    }
  });

  async function order(productId = 1): Promise<HttpAnswer> {
    return httpCall(`${GATEWAY}/orders?user_id=123&product_id=${productId}&quantity=1`, {
      method: 'POST',
    });
  }

  /** The spans of the answer's trace, once `count` of them arrived. */
  async function traceOf(answer: HttpAnswer, count: number): Promise<TraceSpan[]> {
    return receiver.waitForSpans(traceIdOf(answer), count);
  }

  it('fails the named operation: exception and ERROR on its span, marked injected', async () => {
    const id = await addFault('order-service', {
      kind: 'error',
      operation: 'check_inventory',
      status: 503,
    });
    const answer = await order();
    expect(answer).toMatchObject({
      status: 502,
      body: {
        statusCode: 502,
        message: `order-service answered 503: Injected fault ${id}: check_inventory failed with 503`,
        hop: 'order-service',
      },
    });
    // gateway 4 (server, manual, two clients) + user hop 5 + order-service 3, nothing below.
    const spans = await traceOf(answer, 12);
    const check = findSpan(spans, 'check_inventory');
    expect(spanView(check)).toMatchObject({
      status: 'error',
      attributes: { 'fault.injected': true, 'fault.rule_id': id, 'fault.kind': 'error' },
      events: ['exception'],
    });
    expect(exceptionOf(check)).toMatchObject({ 'exception.type': 'InjectedFaultError' });
    expect(spans.filter((span) => span.name === 'inventory-service.check')).toHaveLength(0);
    expect(findSpan(spans, 'order-service.create_order').status).toBe('error');
  });

  it('delays a whole service once per request, on its server span', async () => {
    await addFault('inventory-service', { kind: 'latency', latencyMs: 300 });
    const answer = await order();
    expect(answer.status).toBe(201);
    const spans = await traceOf(answer, expectedSpanTotal(expectedTrees['create-order']));
    expectTreeShape(spans, expectedTrees['create-order']);
    const servers = spans.filter(
      (span) => span.serviceName === 'inventory-service' && span.kind === 'server',
    );
    expect(servers).toHaveLength(2);
    for (const server of servers) {
      expect(server.attributes).toMatchObject({
        'fault.injected': true,
        'fault.kind': 'latency',
        'fault.delay_ms': 300,
      });
      expect(server.durationUs).toBeGreaterThanOrEqual(300_000);
      expect(server.status).not.toBe('error');
    }
  });

  it('makes a hop unreachable: the caller sees a dead hop, its client span is marked', async () => {
    const id = await addFault('order-service', { kind: 'unreachable', hop: 'database-service' });
    const answer = await order();
    expect(answer).toMatchObject({
      status: 502,
      body: {
        message: 'order-service answered 503: database-service is unreachable (ECONNREFUSED)',
        hop: 'order-service',
      },
    });
    const spans = await traceOf(answer, 16);
    const record = findSpan(spans, 'create_order_record');
    const client = spans.find((span) => span.parentSpanId === record.spanId);
    expect(client && spanView(client)).toMatchObject({
      kind: 'client',
      status: 'error',
      attributes: {
        'url.full': `${serviceUrl('database-service')}/insert`,
        'fault.injected': true,
        'fault.kind': 'unreachable',
        'fault.rule_id': id,
      },
    });
    expect(client && exceptionOf(client)).toMatchObject({
      'exception.message': expect.stringMatching(/^connect ECONNREFUSED /),
    });
    expect(spans.some((span) => span.name === 'database-service.insert')).toBe(false);
    expect(record.status).toBe('error');
  });

  it('slows the SQL of the named database operation, on its span', async () => {
    await addFault('database-service', {
      kind: 'slow_query',
      latencyMs: 250,
      operation: 'database-service.query',
    });
    const answer = await httpCall(`${GATEWAY}/users/123`);
    expect(answer.status).toBe(200);
    const spans = await traceOf(answer, expectedSpanTotal(expectedTrees['get-user']));
    const query = findSpan(spans, 'database-service.query');
    expect(query.attributes).toMatchObject({
      'fault.injected': true,
      'fault.kind': 'slow_query',
      'fault.delay_ms': 250,
    });
    expect(query.durationUs).toBeGreaterThanOrEqual(250_000);
    expect(query.status).toBe('unset');
  });

  it('fires a rate rule on exactly the requests its seed picks', async () => {
    const seeded = await httpCall(`${adminUrl('user-service')}/faults/seed`, {
      method: 'PUT',
      body: { seed: 42 },
    });
    expect(seeded).toMatchObject({ status: 200, body: { service: 'user-service', seed: 42 } });
    const id = await addFault('user-service', { kind: 'error', rate: 0.5, status: 503 });
    const statuses: number[] = [];
    for (let n = 0; n < 12; n += 1) {
      statuses.push((await httpCall(`${serviceUrl('user-service')}/users/123`)).status);
    }
    const expected = Array.from({ length: 12 }, (_, n) =>
      faultDraw(42, id, 'fire', n) < 0.5 ? 503 : 200,
    );
    expect(statuses).toEqual(expected);
    expect(new Set(statuses)).toEqual(new Set([200, 503]));
  });

  async function listRules(service: ServiceName): Promise<{ id: string }[]> {
    const answer = await httpCall(`${adminUrl(service)}/faults`);
    return (answer.body as { rules: { id: string }[] }).rules;
  }

  it('restores the exact create-order tree once faults are cleared', async () => {
    await addFault('inventory-service', { kind: 'error', operation: 'inventory-service.check' });
    expect((await order()).status).toBe(502);
    await httpCall(`${adminUrl('inventory-service')}/faults`, { method: 'DELETE' });
    const answer = await order();
    expect(answer.status).toBe(201);
    const spans = await traceOf(answer, expectedSpanTotal(expectedTrees['create-order']));
    expect(spans).toHaveLength(expectedSpanTotal(expectedTrees['create-order']));
    expectTreeShape(spans, expectedTrees['create-order']);
    expect(spans.filter((span) => span.attributes['fault.injected'] !== undefined)).toEqual([]);
  });

  describe('admin API', () => {
    it('lists the service, its seed and its rules, and removes one rule', async () => {
      const id = await addFault('order-service', { kind: 'latency', latencyMs: 5, rate: 0.5 });
      const listed = await httpCall(`${adminUrl('order-service')}/faults`);
      expect(listed).toMatchObject({
        status: 200,
        body: {
          service: 'order-service',
          seed: expect.any(Number),
          rules: [{ id, kind: 'latency', latencyMs: 5, rate: 0.5 }],
        },
      });
      const url = `${adminUrl('order-service')}/faults/${id}`;
      expect((await httpCall(url, { method: 'DELETE' })).status).toBe(204);
      expect(await httpCall(url, { method: 'DELETE' })).toMatchObject({
        status: 404,
        body: { message: `No fault rule ${id}` },
      });
    });

    it.each([
      [{ kind: 'latency', latencyMs: -1 }, ['latencyMs must not be less than 0']],
      [
        { kind: 'error', status: 'x', ratee: 1 },
        ['status must be an integer number', 'ratee is not a field of kind error'],
      ],
      [{ kind: 'error', ratee: 1 }, ['ratee is not a field of kind error']],
      ['[1,2]', ['a fault rule must be a JSON object']],
      ['{"kind":', expect.stringMatching(/JSON/)],
    ])('answers 400 naming the field for %j', async (body, message) => {
      const answer = await httpCall(`${adminUrl('inventory-service')}/faults`, {
        method: 'POST',
        body,
      });
      expect(answer).toMatchObject({ status: 400, body: { statusCode: 400, message } });
      expect(await listRules('inventory-service')).toEqual([]);
    });

    it('answers 400 naming seed for a bad seed', async () => {
      const answer = await httpCall(`${adminUrl('inventory-service')}/faults/seed`, {
        method: 'PUT',
        body: { seed: -3 },
      });
      expect(answer).toMatchObject({
        status: 400,
        body: { message: ['seed must not be less than 0'] },
      });
    });

    it('is not reachable on the public port, and the public API not on the admin port', async () => {
      expect(await httpCall(`${serviceUrl('order-service')}/faults`)).toMatchObject({
        status: 404,
        body: { message: 'Cannot GET /faults' },
      });
      expect(await httpCall(`${adminUrl('user-service')}/users/123`)).toMatchObject({
        status: 404,
        body: { message: 'Cannot GET /users/123' },
      });
    });
  });

  describe('POST /orders/simulate-error', () => {
    async function available(productId: number): Promise<number> {
      const answer = await httpCall(`${serviceUrl('inventory-service')}/inventory/check`, {
        method: 'POST',
        body: { product_id: productId, quantity: 1 },
      });
      return (answer.body as { available: number }).available;
    }

    it('fails the reservation after the row was written, compensates, leaves nothing behind', async () => {
      const before = await available(2);
      const answer = await httpCall(
        `${GATEWAY}/orders/simulate-error?user_id=123&product_id=2&quantity=2`,
        {
          method: 'POST',
        },
      );
      const traceId = traceIdOf(answer);
      expect(answer).toEqual(
        expect.objectContaining({
          status: 502,
          body: {
            statusCode: 502,
            error: 'Bad Gateway',
            message:
              'order-service answered 502: inventory-service answered 500: Injected fault simulate-error: inventory-service.reserve failed with 500',
            hop: 'order-service',
            traceId,
          },
        }),
      );
      const tree = expectedTrees['simulate-error'];
      const spans = await receiver.waitForSpans(traceId, expectedSpanTotal(tree));
      expect(spans).toHaveLength(expectedSpanTotal(tree));
      expectTreeShape(spans, tree);

      const reserve = findSpan(spans, 'inventory-service.reserve');
      expect(spanView(reserve)).toMatchObject({
        status: 'error',
        attributes: { 'fault.injected': true, 'fault.rule_id': 'simulate-error' },
        events: ['exception'],
      });
      expect(exceptionOf(reserve)).toMatchObject({ 'exception.type': 'InjectedFaultError' });
      // ERROR on every manual span from the failure up to the root, and on no other.
      const failing = new Set<string>();
      for (let span: TraceSpan | undefined = reserve; span; span = parentOf(spans, span)) {
        if (span.kind === 'internal') failing.add(span.name);
      }
      expect(failing).toEqual(
        new Set([
          'inventory-service.reserve',
          'reserve_inventory',
          'order-service.create_order',
          'api-gateway.create_order',
        ]),
      );
      for (const span of spans.filter((candidate) => candidate.kind === 'internal')) {
        expect({ span: span.name, status: span.status }).toEqual({
          span: span.name,
          status: failing.has(span.name) ? 'error' : 'unset',
        });
      }
      const cancel = findSpan(spans, 'cancel_order_record');
      const orderId = Number(findSpan(spans, 'create_order_record').attributes['order.id']);
      expect(cancel.attributes['order.id']).toBe(orderId);
      expect(eventOf(cancel, 'Order record deleted').attributes).toEqual({ 'order.id': orderId });

      const row = await httpCall(
        `${serviceUrl('database-service')}/query?table=orders&id=${orderId}`,
      );
      expect(row.status).toBe(404);
      expect(await available(2)).toBe(before);
    });
  });
  describe('readiness', () => {
    it('answers 200 listing the hops when every downstream answers /health', async () => {
      expect(await httpCall(`${serviceUrl('order-service')}/health/ready`)).toMatchObject({
        status: 200,
        body: {
          status: 'ready',
          service: 'order-service',
          hops: ['inventory-service', 'database-service'],
        },
      });
      expect(await httpCall(`${serviceUrl('inventory-service')}/health/ready`)).toMatchObject({
        status: 200,
        body: { status: 'ready', service: 'inventory-service', hops: [] },
      });
    });

    it('answers 503 naming the hop that does not answer, while /health stays 200', async () => {
      // A second gateway whose user-service is a port nothing listens on.
      const port = 18005;
      const gateway = await startGateway(suite.receiverUrl, port, {
        'user-service': 'http://127.0.0.1:18009',
      });
      try {
        expect(await httpCall(`http://127.0.0.1:${port}/health/ready`)).toMatchObject({
          status: 503,
          body: {
            statusCode: 503,
            message: 'api-gateway is not ready: user-service not answering /health',
          },
        });
        expect((await httpCall(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      } finally {
        await gateway.stop();
      }
    }, 90_000);
  });

  describe('npm run fault', () => {
    /** Runs the CLI against the test services' admin listeners. */
    const faultCli = (...args: string[]) =>
      runAdminCli('fault', TEST_PORTS.adminPort('api-gateway'), ...args);

    it('adds, lists and clears rules', async () => {
      const added = await faultCli('inventory-service', 'latency', '300ms', '--rate', '0.5');
      expect(added).toMatchObject({ code: 0, stderr: '' });
      expect(added.stdout).toMatch(
        /^inventory-service: added f\d+ latency rate=0.5 latencyMs=300\n$/,
      );
      expect(await listRules('inventory-service')).toEqual([
        expect.objectContaining({ kind: 'latency', latencyMs: 300, rate: 0.5 }),
      ]);
      expect((await faultCli('list')).stdout).toMatch(
        /\ninventory-service \(seed \d+\):\n {2}f\d+ latency rate=0.5 latencyMs=300\n$/,
      );
      expect(await faultCli('clear', 'inventory-service')).toMatchObject({
        code: 0,
        stdout: 'inventory-service: faults cleared\n',
      });
      expect(await listRules('inventory-service')).toEqual([]);
    });

    it('refuses a bad command line with exit 2 and says why', async () => {
      const result = await faultCli('inventory-service', 'latency', 'soon');
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^the latency must be a duration such as 300ms or 1.5s, not "soon"\n/,
      );
      const refused = await faultCli('order-service', 'error', '--status', '200');
      expect(refused).toMatchObject({
        code: 2,
        stderr: 'order-service refused POST /faults: 400 status must not be less than 400\n',
      });
    });

    it('refuses an operation the service does not have, naming those it has', async () => {
      const refused = await faultCli('inventory-service', 'error', '--operation', 'nonexistent.op');
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(
        /^inventory-service refused POST \/faults: 400 operation "nonexistent.op" is not one of inventory-service's: its manual spans are inventory-service.check, inventory-service.reserve, inventory-service.release; its routes .*POST \/inventory\/reserve.*\n$/,
      );
      expect(await listRules('inventory-service')).toEqual([]);
      const listed = await faultCli('operations', 'inventory-service');
      expect(listed).toMatchObject({ code: 0, stderr: '' });
      expect(listed.stdout).toMatch(
        /^inventory-service\n {2}manual spans: inventory-service.check, inventory-service.reserve, inventory-service.release\n {2}routes: .*POST \/inventory\/check.*\n$/,
      );
    });

    it('finds stock and orders consistent after orders and failures, and names a violation', async () => {
      expect((await order(3)).status).toBe(201);
      expect(
        (
          await httpCall(`${GATEWAY}/orders/simulate-error?user_id=123&product_id=3&quantity=1`, {
            method: 'POST',
          })
        ).status,
      ).toBe(502);
      expect(await faultCli('consistency')).toMatchObject({
        code: 0,
        stdout: 'consistent: every order took its stock, and no stock is negative\n',
      });
      // A row written behind inventory's back: an order whose units never left the stock.
      const inserted = await httpCall(`${serviceUrl('database-service')}/insert`, {
        method: 'POST',
        body: { table: 'orders', values: { user_id: 123, product_id: 4, quantity: 2 } },
      });
      expect(inserted.status).toBe(201);
      const result = await faultCli('consistency');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe(
        'product 4: 0 units left the stock but the orders table holds 2 in 1 order\ninconsistent: stock and orders disagree for 1 product\n',
      );
    });
  });
});
