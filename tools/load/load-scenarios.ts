import type { LoadRequest } from '@tools/load-generator';

/** One request `npm run load` repeats: the seed's scenarios, as test_traces.sh names them. */
export interface LoadScenario {
  key: string;
  request: LoadRequest;
  /** The statuses this scenario is meant to get; anything else is a failure. */
  expect: readonly number[];
  /** True for the error scenarios: their 4xx is what they test, not a failure of the stack. */
  meantToFail: boolean;
  /** Stock one request takes from inventory, so a run can restock before it starts. */
  takes?: { productId: number; quantity: number };
}

/** Product 1, one unit per order: the product `npm run load` restocks. */
const ORDERED = { productId: 1, quantity: 1 };

export const LOAD_SCENARIOS: readonly LoadScenario[] = [
  {
    key: 'get-user',
    request: { method: 'GET', path: '/users/123' },
    expect: [200],
    meantToFail: false,
  },
  {
    key: 'get-order',
    request: { method: 'GET', path: '/orders/456' },
    expect: [200],
    meantToFail: false,
  },
  {
    key: 'create-order',
    request: {
      method: 'POST',
      path: `/orders?user_id=123&product_id=${ORDERED.productId}&quantity=${ORDERED.quantity}`,
    },
    expect: [200, 201],
    meantToFail: false,
    takes: ORDERED,
  },
  {
    key: 'unknown-user',
    request: { method: 'GET', path: '/users/999999' },
    expect: [404],
    meantToFail: true,
  },
  {
    // More units than product 5 will ever hold: the 409 path, which takes no stock.
    key: 'out-of-stock',
    request: { method: 'POST', path: '/orders?user_id=123&product_id=5&quantity=100000' },
    expect: [409],
    meantToFail: true,
  },
];

/** The default weights: mostly reads and orders, one request in five meant to fail. */
export const DEFAULT_MIX = 'get-user=3,get-order=3,create-order=2,unknown-user=1,out-of-stock=1';
