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

/** A scenario that must succeed: any status outside `expect` is a failure of the stack. */
const succeeding = (key: string, request: LoadRequest, expect: number[]): LoadScenario => ({
  key,
  request,
  expect,
  meantToFail: false,
});

/** An error scenario: the one status it is meant to get is what it tests. */
const refused = (key: string, request: LoadRequest, status: number): LoadScenario => ({
  key,
  request,
  expect: [status],
  meantToFail: true,
});

export const LOAD_SCENARIOS: readonly LoadScenario[] = [
  succeeding('get-user', { method: 'GET', path: '/users/123' }, [200]),
  succeeding('get-order', { method: 'GET', path: '/orders/456' }, [200]),
  {
    ...succeeding(
      'create-order',
      {
        method: 'POST',
        path: `/orders?user_id=123&product_id=${ORDERED.productId}&quantity=${ORDERED.quantity}`,
      },
      [200, 201],
    ),
    takes: ORDERED,
  },
  refused('unknown-user', { method: 'GET', path: '/users/999999' }, 404),
  // More units than product 5 will ever hold: the 409 path, which takes no stock.
  refused(
    'out-of-stock',
    { method: 'POST', path: '/orders?user_id=123&product_id=5&quantity=100000' },
    409,
  ),
];

/** The default weights: mostly reads and orders, one request in five meant to fail. */
export const DEFAULT_MIX = 'get-user=3,get-order=3,create-order=2,unknown-user=1,out-of-stock=1';
