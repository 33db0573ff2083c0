import { isDeepStrictEqual } from 'node:util';
import { eventually } from '@tools/polling';
import { servicesAppEnv } from './support/e2e-services';
import { httpCall } from './support/http-call';
import { scrape } from './support/prometheus-scrape';
import { launchStack } from '../tools/stack/launch-stack';
import { TEST_STACK_PORTS, TEST_STACK_URLS, useTestStack } from './support/test-stack';

jest.setTimeout(60_000);

const SERVER = 'http_server_request_duration';
const CLIENT = 'http_client_request_duration';

/** The test stack's services, where each answers, and the viewer's two ingest ports. */
const SERVICES = {
  'api-gateway': TEST_STACK_URLS.GATEWAY_URL,
  'user-service': TEST_STACK_URLS.USER_SERVICE_URL,
  'order-service': TEST_STACK_URLS.ORDER_SERVICE_URL,
  'database-service': TEST_STACK_URLS.DATABASE_SERVICE_URL,
  'inventory-service': TEST_STACK_URLS.INVENTORY_SERVICE_URL,
} as const;
const OTLP_PORT = String(TEST_STACK_PORTS.get(4318));
const JAEGER_PORT = String(TEST_STACK_PORTS.get(14268));
/** A gateway of its own, exporting its spans as Jaeger Thrift to the same viewer. */
const JAEGER_GATEWAY_PORT = 18005;

/** One series of a histogram: its labels and its `_count`. */
interface Series {
  labels: Record<string, string>;
  count: number;
}

/** Every `<name>_count` series of a scrape, with its labels. */
async function seriesOf(baseUrl: string, name: string): Promise<Series[]> {
  const { text } = await scrape(baseUrl);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}_count{`))
    .map((line) => ({
      labels: Object.fromEntries(
        [...line.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
      ),
      count: Number(line.slice(line.lastIndexOf(' ') + 1)),
    }));
}

/** Requests per `METHOD route` and status in the server histogram, e.g. `GET /users/:id 404`. */
async function serverCounts(baseUrl: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { labels, count } of await seriesOf(baseUrl, SERVER)) {
    const key = `${labels.http_request_method} ${labels.http_route ?? '(no route)'} ${labels.http_response_status_code}`;
    counts[key] = (counts[key] ?? 0) + count;
  }
  return counts;
}

/** The ports a service's HTTP client calls went to, with their counts. */
async function clientPorts(baseUrl: string): Promise<Record<string, number>> {
  const ports: Record<string, number> = {};
  for (const { labels, count } of await seriesOf(baseUrl, CLIENT)) {
    ports[labels.server_port] = (ports[labels.server_port] ?? 0) + count;
  }
  return ports;
}

/** Polls the viewer until trace `traceId` holds spans of `service` (so it exported them). */
function exported(traceId: string, service: string): Promise<true> {
  return eventually(
    `${service}'s spans of trace ${traceId} in the viewer`,
    async () => {
      const response = await fetch(`${TEST_STACK_URLS.JAEGER_QUERY_URL}/api/traces/${traceId}`);
      return (await response.text()).includes(`"serviceName":"${service}"`) || undefined;
    },
    15_000,
  );
}

/** Scrapes every service of the test stack with `read`, by service name. */
async function scrapeAll<T>(read: (baseUrl: string) => Promise<T>): Promise<Record<string, T>> {
  return Object.fromEntries(
    await Promise.all(Object.entries(SERVICES).map(async ([name, url]) => [name, await read(url)])),
  ) as Record<string, T>;
}

/** The trace id of an answer, from its `traceresponse` header. */
function traceIdOf(headers: Headers): string {
  return (headers.get('traceresponse') ?? '').split('-')[1] ?? '';
}

describe('the HTTP duration histograms on /metrics', () => {
  useTestStack();

  it('have every server request under the route Nest matched (http_route), on each service', async () => {
    const calls = [
      ['GET', '/users/123', 200],
      ['GET', '/users/99999', 404],
      ['GET', '/orders/456', 200],
      ['POST', '/orders?user_id=123&product_id=1&quantity=1', 201],
      ['GET', '/no-such-route', 404],
    ] as const;
    for (const [method, path, status] of calls) {
      const answer = await httpCall(`${TEST_STACK_URLS.GATEWAY_URL}${path}`, { method });
      expect(`${method} ${path} ${answer.status}`).toBe(`${method} ${path} ${status}`);
    }

    // A server records its duration as its response ends, which the caller may see first.
    const expected = {
      'api-gateway': {
        'GET /users/:id 200': 1,
        'GET /users/:id 404': 1,
        'GET /orders/:id 200': 1,
        'POST /orders 201': 1,
        'GET (no route) 404': 1,
      },
      'user-service': { 'GET /users/:id 200': 2, 'GET /users/:id 404': 1 },
      'order-service': { 'GET /orders/:id 200': 1, 'POST /orders 201': 1 },
      'database-service': {
        'GET /query 200': 3,
        'GET /query 404': 1,
        'POST /insert 201': 1,
      },
      'inventory-service': { 'POST /inventory/check 200': 1, 'POST /inventory/reserve 200': 1 },
    };
    const deadline = Date.now() + 10_000;
    let counts = await scrapeAll(serverCounts);
    while (!isDeepStrictEqual(counts, expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      counts = await scrapeAll(serverCounts);
    }
    expect(counts).toEqual(expected);
  });

  it("count the services' calls to each other, and none of the OTLP exporters' posts to the viewer", async () => {
    const answer = await httpCall(
      `${TEST_STACK_URLS.GATEWAY_URL}/orders?user_id=123&product_id=1&quantity=1`,
      { method: 'POST' },
    );
    expect(answer.status).toBe(201);
    // The spans (and the log records before them) went to the viewer's OTLP port by now.
    for (const service of Object.keys(SERVICES)) await exported(traceIdOf(answer.headers), service);

    const ports = await scrapeAll(async (url) => Object.keys(await clientPorts(url)).sort());
    expect(ports).toEqual({
      'api-gateway': ['18001', '18002'],
      'user-service': ['18003'],
      'order-service': ['18003', '18004'],
      'database-service': [],
      'inventory-service': [],
    });
    expect(JSON.stringify(ports)).not.toContain(OTLP_PORT);
  });

  it("count none of the Jaeger exporter's posts to the viewer", async () => {
    const gateway = await launchStack({
      apps: ['api-gateway'],
      env: {
        OTEL_TRACES_EXPORTER: 'jaeger',
        OTEL_EXPORTER_JAEGER_ENDPOINT: `http://127.0.0.1:${JAEGER_PORT}/api/traces`,
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
      },
      appEnv: servicesAppEnv({}, { 'api-gateway': { PORT: String(JAEGER_GATEWAY_PORT) } }),
      startTimeoutMs: 60_000,
    });
    try {
      const url = `http://127.0.0.1:${JAEGER_GATEWAY_PORT}`;
      const answer = await httpCall(`${url}/users/123`);
      expect(answer.status).toBe(200);
      await exported(traceIdOf(answer.headers), 'api-gateway');

      expect(await clientPorts(url)).toEqual({ '18001': 1 });
    } finally {
      await gateway.stop();
    }
  });
});
