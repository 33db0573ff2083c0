import type { LoadRequest } from '@tools/load-generator';

/** One request the benchmark repeats, with what a trace of it holds. */
export interface BenchScenario {
  /** The test_traces.sh scenario of the same request, for `--scenarios`. */
  key: string;
  id: string;
  request: LoadRequest;
  /** Service-to-service HTTP calls it makes: each is a client span and a server span. */
  tracedHops: number;
  /** Spans one request exports, all services together. */
  spansPerRequest: number;
}

/**
 * Product 1 with the stock the benchmark gives inventory-service (INITIAL_STOCK), so a long run
 * of orders never meets the 409 and measures the same work throughout.
 */
export const BENCH_INITIAL_STOCK = '1:1000000000,2:50,3:25,4:10,5:3';

/** The three scenarios of the issue: a user, an order read, an order placed. */
export const BENCH_SCENARIOS: readonly BenchScenario[] = [
  {
    key: 'get-user',
    id: 'GET /users/123',
    request: { method: 'GET', path: '/users/123' },
    // gateway -> user-service -> database-service
    tracedHops: 2,
    spansPerRequest: 8,
  },
  {
    key: 'get-order',
    id: 'GET /orders/456',
    request: { method: 'GET', path: '/orders/456' },
    // gateway -> order-service -> database-service
    tracedHops: 2,
    spansPerRequest: 8,
  },
  {
    key: 'create-order',
    id: 'POST /orders',
    request: { method: 'POST', path: '/orders?user_id=123&product_id=1&quantity=1' },
    // gateway -> user-service -> database-service; gateway -> order-service -> inventory-service
    // (check), database-service (insert), inventory-service (reserve)
    tracedHops: 6,
    spansPerRequest: 23,
  },
];
