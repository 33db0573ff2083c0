import type { ServiceName } from './e2e-services';

/**
 * A body that is not JSON: the answer must say so. The filter means to answer "Malformed JSON
 * body", but Nest 11 hands it the parser's own message ("Expected ... in JSON at position 16").
 */
const MALFORMED_JSON = /JSON/;

/** One bad request: the service that must refuse it, the request, and the message it must give. */
export type BadInputCase = [
  service: ServiceName,
  method: string,
  path: string,
  body: unknown,
  message: RegExp,
];

/** Every kind of bad input the edge must stop with a 400 that names the field. */
export const BAD_INPUT_CASES: BadInputCase[] = [
  ['api-gateway', 'GET', '/users/abc', undefined, /^id must be a positive integer$/],
  ['api-gateway', 'GET', '/users/0', undefined, /^id must be a positive integer$/],
  ['api-gateway', 'GET', '/orders/-1', undefined, /^id must be a positive integer$/],
  ['api-gateway', 'POST', '/orders?user_id=123&product_id=1&quantity=0', undefined, /^quantity /],
  ['api-gateway', 'POST', '/orders?user_id=123&product_id=1&quantity=-1', undefined, /^quantity /],
  [
    'api-gateway',
    'POST',
    '/orders?user_id=123&product_id=1&quantity=1000000000',
    undefined,
    /^quantity must not be greater than 100000$/,
  ],
  ['api-gateway', 'POST', '/orders?user_id=123&product_id=1&quantity=two', undefined, /^quantity /],
  ['api-gateway', 'POST', '/orders?product_id=1&quantity=1', undefined, /^user_id /],
  ['user-service', 'GET', '/users/1.5', undefined, /^id must be a positive integer$/],
  ['order-service', 'GET', '/orders/abc', undefined, /^id must be a positive integer$/],
  ['order-service', 'POST', '/orders', '{"user_id": 123,', MALFORMED_JSON],
  [
    'order-service',
    'POST',
    '/orders',
    { user_id: '123', product_id: 1, quantity: 1 },
    /^user_id must be an integer number$/,
  ],
  ['order-service', 'POST', '/orders', { user_id: 123, product_id: 1, quantity: 0 }, /^quantity /],
  ['order-service', 'POST', '/orders', { user_id: 123, quantity: 1 }, /^product_id /],
  [
    'database-service',
    'GET',
    '/query?table=secrets&id=1',
    undefined,
    /^table must be one of: users, orders$/,
  ],
  [
    'database-service',
    'GET',
    '/query?table=users&id=x',
    undefined,
    /^id must be a positive integer$/,
  ],
  [
    'database-service',
    'DELETE',
    '/delete?table=users&id=1',
    undefined,
    /^table must be one of: orders$/,
  ],
  ['database-service', 'POST', '/insert', '{"table": "orders", ', MALFORMED_JSON],
  [
    'database-service',
    'POST',
    '/insert',
    { table: 'users', values: { user_id: 123, product_id: 1, quantity: 1 } },
    /^table must be one of: orders$/,
  ],
  [
    'database-service',
    'POST',
    '/insert',
    { table: 'orders', values: { user_id: 123, product_id: 1, quantity: '2' } },
    /^values\.quantity must be an integer number$/,
  ],
  ['inventory-service', 'POST', '/inventory/check', '{"product_id": 1', MALFORMED_JSON],
  [
    'inventory-service',
    'POST',
    '/inventory/check',
    { product_id: '1', quantity: 1 },
    /^product_id must be an integer number$/,
  ],
  [
    'inventory-service',
    'POST',
    '/inventory/reserve',
    { product_id: 1, quantity: 1_000_000_000 },
    /^quantity must not be greater than 100000$/,
  ],
];
