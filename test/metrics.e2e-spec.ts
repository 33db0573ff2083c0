import { E2E_PORTS, SERVICE_NAMES, type ServiceName, serviceUrl } from './support/e2e-services';
import { httpCall } from './support/http-call';
import { histogramCount, sampleValue, type Scrape, scrape } from './support/prometheus-scrape';
import { useServicesWithReceiver } from './support/services-suite';

// Real processes on a shared two-core machine.
jest.setTimeout(30_000);

const ORDERS = 3;
const SERVER = 'http_server_request_duration';
const CLIENT = 'http_client_request_duration';

/** What one order costs each service: requests it answers, and calls it makes. */
const PER_ORDER: Record<ServiceName, { server: number; client: number }> = {
  'api-gateway': { server: 1, client: 2 }, // user-service, order-service
  'user-service': { server: 1, client: 1 }, // database-service
  'order-service': { server: 1, client: 3 }, // inventory check, insert, inventory reserve
  'database-service': { server: 2, client: 0 }, // the user lookup and the insert
  'inventory-service': { server: 2, client: 0 }, // check and reserve
};

type Counts = Record<ServiceName, { server: number; client: number }>;

/**
 * Calls to the five services only: the OTLP exporter's own requests are HTTP client calls too
 * (untraced, but counted), so they are told apart by the port they went to.
 */
function callsToServices(scraped: Scrape): number {
  return Object.values(E2E_PORTS).reduce(
    (total, port) => total + histogramCount(scraped, CLIENT, { server_port: String(port) }),
    0,
  );
}

async function countsNow(): Promise<Counts> {
  const entries = await Promise.all(
    SERVICE_NAMES.map(async (name): Promise<[ServiceName, { server: number; client: number }]> => {
      const scraped: Scrape = await scrape(serviceUrl(name));
      return [name, { server: histogramCount(scraped, SERVER), client: callsToServices(scraped) }];
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

describe('GET /metrics on every service', () => {
  useServicesWithReceiver();

  it.each(SERVICE_NAMES)('%s serves Prometheus text naming itself', async (name) => {
    const response = await httpCall(`${serviceUrl(name)}/metrics`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const { families } = await scrape(serviceUrl(name));
    const target = families.find((family) => family.name === 'target_info');
    expect(target?.metrics[0].labels?.service_name).toBe(name);
  });

  it('counts exactly the requests each service answered and made, and no scrape', async () => {
    const before = await countsNow();
    for (let order = 0; order < ORDERS; order += 1) {
      const placed = await httpCall(
        `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`,
        { method: 'POST' },
      );
      expect(placed.status).toBe(201);
    }
    const expected = Object.fromEntries(
      SERVICE_NAMES.map((name) => [
        name,
        {
          server: before[name].server + ORDERS * PER_ORDER[name].server,
          client: before[name].client + ORDERS * PER_ORDER[name].client,
        },
      ]),
    );

    // A server records its duration as its response ends, which the caller may see first.
    const deadline = Date.now() + 10_000;
    let after = await countsNow();
    while (JSON.stringify(after) !== JSON.stringify(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await countsNow();
    }
    expect(after).toEqual(expected);
    // Scraping again changes nothing: /metrics is neither traced nor counted.
    expect(await countsNow()).toEqual(expected);
  });

  it('labels the durations with the semantic conventions: method and status code', async () => {
    const scraped = await scrape(serviceUrl('api-gateway'));

    expect(scraped.families.find((family) => family.name === SERVER)?.type).toBe('HISTOGRAM');
    expect(
      histogramCount(scraped, SERVER, {
        http_request_method: 'POST',
        http_response_status_code: '201',
      }),
    ).toBe(ORDERS);
  });

  it('counts orders placed and refused, stock per product and database operations', async () => {
    const business = async () => {
      const [order, inventory, database] = await Promise.all(
        (['order-service', 'inventory-service', 'database-service'] as const).map((name) =>
          scrape(serviceUrl(name)),
        ),
      );
      return {
        placed: sampleValue(order, 'orders_placed_total', { product_id: '2' }) ?? 0,
        refused: sampleValue(order, 'orders_refused_total', { error_type: 'OutOfStockError' }) ?? 0,
        stock: sampleValue(inventory, 'inventory_stock', { product_id: '2' }),
        inserts: histogramCount(database, 'db_client_operation_duration', {
          db_operation_name: 'INSERT',
        }),
      };
    };
    const before = await business();

    for (const quantity of [2, 3, 1_000]) {
      const answer = await httpCall(
        `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=2&quantity=${quantity}`,
        { method: 'POST' },
      );
      expect(answer.status).toBe(quantity === 1_000 ? 409 : 201);
    }

    expect(await business()).toEqual({
      placed: before.placed + 2,
      refused: before.refused + 1,
      stock: (before.stock ?? Number.NaN) - 5,
      inserts: before.inserts + 2,
    });
  });
});
