import type { ScenarioName } from '@app/contracts/traces';
import type { ServiceName } from '@app/topology';
import {
  ATTR_BUSINESS_CLIENT_ID,
  ATTR_BUSINESS_REJECTED_HEADERS,
  ATTR_BUSINESS_SESSION_ID,
  ATTR_BUSINESS_USER_ID,
  ATTR_DB_RESPONSE_RETURNED_ROWS,
  ATTR_FAULT_DELAY_MS,
  ATTR_FAULT_INJECTED,
  ATTR_FAULT_KIND,
  ATTR_FAULT_RULE_ID,
  ATTR_INVENTORY_AVAILABLE,
  ATTR_INVENTORY_REMAINING,
  ATTR_ORDER_ID,
  ATTR_ORDER_QUANTITY,
  ATTR_PRODUCT_ID,
  ATTR_USER_ID,
} from '@app/telemetry/telemetry.attributes';
import {
  ATTR_CLIENT_ADDRESS,
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_RESPONSE_STATUS_CODE,
  ATTR_DB_SYSTEM_NAME,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_NETWORK_PEER_ADDRESS,
  ATTR_NETWORK_PEER_PORT,
  ATTR_NETWORK_PROTOCOL_VERSION,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
  ATTR_URL_PATH,
  ATTR_URL_QUERY,
  ATTR_URL_SCHEME,
  ATTR_USER_AGENT_ORIGINAL,
} from '@opentelemetry/semantic-conventions';

// What the span table (docs/reference/spans.md) says each span carries. Which spans exist, where
// they nest and when they fail comes from the expected trees (@app/contracts/traces); this file
// adds what the trees leave out: each manual span's attributes and events, the route each
// service's work runs under, and the attributes of the HTTP spans. Keys are the constants the
// services use. test/span-table.e2e-spec.ts holds it all against the spans of real requests.

/** One attribute key a span carries: always, or only `when` something holds. */
export interface SpanAttribute {
  key: string;
  when?: string;
}

/** One event a span records: always, or only `when` something holds. */
export interface SpanEvent {
  name: string;
  when?: string;
}

/** What a manual span carries beyond its place in the expected trees. */
export interface ManualSpanEntry {
  /**
   * The HTTP route its service's work runs under when another service calls it, as the server
   * span names it (`POST /orders`). Absent for a span nested inside its service's work.
   */
  route?: string;
  attributes: readonly SpanAttribute[];
  events: readonly SpanEvent[];
}

const always = (...keys: string[]): SpanAttribute[] => keys.map((key) => ({ key }));
const events = (...names: string[]): SpanEvent[] => names.map((name) => ({ name }));

const DB_STATEMENT = always(
  ATTR_DB_SYSTEM_NAME,
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_COLLECTION_NAME,
  ATTR_DB_QUERY_TEXT,
);
const USER_FOUND = 'the user exists';
const ORDER_CREATED = 'the order was created';
const STOCK_RESERVED = 'the stock was reserved';

/** Every manual span of the expected trees, by name. */
export const MANUAL_SPANS: Readonly<Record<string, ManualSpanEntry>> = {
  'api-gateway.get_user': {
    attributes: always(ATTR_USER_ID),
    events: [{ name: 'User lookup started' }, { name: 'User lookup completed', when: USER_FOUND }],
  },
  'api-gateway.create_order': {
    attributes: [
      ...always(ATTR_USER_ID, ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
      { key: ATTR_ORDER_ID, when: ORDER_CREATED },
    ],
    events: [{ name: 'Order requested' }, { name: 'Order created', when: ORDER_CREATED }],
  },
  'api-gateway.get_order': { attributes: always(ATTR_ORDER_ID), events: [] },
  'user-service.get_user': {
    route: 'GET /users/:id',
    attributes: always(ATTR_USER_ID),
    events: [{ name: 'User lookup started' }, { name: 'User lookup completed', when: USER_FOUND }],
  },
  'order-service.create_order': {
    route: 'POST /orders',
    attributes: [
      ...always(ATTR_USER_ID, ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
      { key: ATTR_ORDER_ID, when: 'its row was written' },
    ],
    events: [],
  },
  'order-service.get_order': {
    route: 'GET /orders/:id',
    attributes: always(ATTR_ORDER_ID),
    events: [],
  },
  check_inventory: {
    attributes: [
      ...always(ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
      { key: ATTR_INVENTORY_AVAILABLE, when: 'inventory-service answered' },
    ],
    events: [],
  },
  create_order_record: {
    attributes: [{ key: ATTR_ORDER_ID, when: 'the row was written' }],
    events: [{ name: 'Order record created', when: 'the row was written' }],
  },
  reserve_inventory: {
    attributes: always(ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
    events: [{ name: 'Stock reserved', when: STOCK_RESERVED }],
  },
  cancel_order_record: {
    attributes: always(ATTR_ORDER_ID),
    events: events('Order record deleted'),
  },
  'inventory-service.check': {
    route: 'POST /inventory/check',
    attributes: always(ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY, ATTR_INVENTORY_AVAILABLE),
    events: events('Stock lookup started', 'Stock lookup completed'),
  },
  'inventory-service.reserve': {
    route: 'POST /inventory/reserve',
    attributes: [
      ...always(ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
      { key: ATTR_ORDER_ID, when: 'the request names its order' },
      { key: ATTR_INVENTORY_REMAINING, when: STOCK_RESERVED },
    ],
    events: [{ name: 'Stock reserved', when: STOCK_RESERVED }],
  },
  'database-service.query': {
    route: 'GET /query',
    attributes: [...DB_STATEMENT, ...always(ATTR_DB_RESPONSE_RETURNED_ROWS)],
    events: events('Query started', 'Query completed'),
  },
  'database-service.insert': {
    route: 'POST /insert',
    attributes: [
      ...DB_STATEMENT,
      ...always(ATTR_DB_RESPONSE_RETURNED_ROWS, ATTR_USER_ID, ATTR_PRODUCT_ID, ATTR_ORDER_QUANTITY),
      { key: ATTR_ORDER_ID, when: 'the row was written' },
      { key: ATTR_DB_RESPONSE_STATUS_CODE, when: "the user's foreign key refused the row" },
    ],
    events: [{ name: 'Row inserted', when: 'the row was written' }],
  },
  'database-service.delete': {
    route: 'DELETE /delete',
    attributes: [...DB_STATEMENT, ...always(ATTR_ORDER_ID)],
    events: [{ name: 'Row deleted', when: 'a row matched' }],
  },
};

/** The request each of the tutorial's scenarios sends, as test_traces.sh sends it. */
export interface SeedRequest {
  method: 'GET' | 'POST';
  /** The route the first service matches it to: the root server span's name is method + route. */
  route: string;
  path: string;
  body?: object;
}

const get = (route: string, path: string): SeedRequest => ({ method: 'GET', route, path });
const post = (route: string, path: string, body?: object): SeedRequest => ({
  method: 'POST',
  route,
  path,
  ...(body ? { body } : {}),
});

/** The tutorial's requests, one per expected tree, sent to the service its tree starts in. */
export const SEED_REQUESTS: Readonly<Record<ScenarioName, SeedRequest>> = {
  'get-user': get('/users/:id', '/users/123'),
  'create-order': post('/orders', '/orders?user_id=123&product_id=1&quantity=2'),
  'get-order': get('/orders/:id', '/orders/456'),
  'direct-user': get('/users/:id', '/users/789'),
  'direct-order': get('/orders/:id', '/orders/123'),
  'direct-inventory-check': post('/inventory/check', '/inventory/check', {
    product_id: 1,
    quantity: 5,
  }),
  'direct-db-query': get('/query', '/query?table=users&id=123'),
  'unknown-user': get('/users/:id', '/users/999999'),
  'out-of-stock': post('/orders', '/orders?user_id=123&product_id=5&quantity=100000'),
  'simulate-error': post(
    '/orders/simulate-error',
    '/orders/simulate-error?user_id=123&product_id=1&quantity=1',
  ),
};

/** What the HTTP instrumentation puts on every server span, semantic-convention keys only. */
export const HTTP_SERVER_ATTRIBUTES: readonly SpanAttribute[] = [
  ...always(
    ATTR_HTTP_REQUEST_METHOD,
    ATTR_HTTP_ROUTE,
    ATTR_HTTP_RESPONSE_STATUS_CODE,
    ATTR_URL_SCHEME,
    ATTR_URL_PATH,
  ),
  { key: ATTR_URL_QUERY, when: 'the URL has a query string' },
  ...always(
    ATTR_SERVER_ADDRESS,
    ATTR_SERVER_PORT,
    ATTR_CLIENT_ADDRESS,
    ATTR_NETWORK_PEER_ADDRESS,
    ATTR_NETWORK_PEER_PORT,
    ATTR_NETWORK_PROTOCOL_VERSION,
    ATTR_USER_AGENT_ORIGINAL,
  ),
];

/**
 * What a service adds on its own server spans: the edge, which starts its telemetry with
 * `edge: true`, names the business headers it refused.
 */
export const OWN_SERVER_ATTRIBUTES: Readonly<
  Partial<Record<ServiceName, readonly SpanAttribute[]>>
> = {
  'api-gateway': [
    { key: ATTR_BUSINESS_REJECTED_HEADERS, when: 'the gateway refused a business header' },
  ],
};

/** What the HTTP instrumentation puts on every client span. */
export const HTTP_CLIENT_ATTRIBUTES: readonly SpanAttribute[] = [
  ...always(ATTR_HTTP_REQUEST_METHOD, ATTR_URL_FULL),
  { key: ATTR_HTTP_RESPONSE_STATUS_CODE, when: 'an answer came' },
  ...always(
    ATTR_SERVER_ADDRESS,
    ATTR_SERVER_PORT,
    ATTR_NETWORK_PEER_ADDRESS,
    ATTR_NETWORK_PEER_PORT,
    ATTR_NETWORK_PROTOCOL_VERSION,
  ),
];

/** Keys any span of a trace may carry, whatever its name, and when. */
export const ANY_SPAN_ATTRIBUTES: readonly SpanAttribute[] = [
  {
    key: ATTR_BUSINESS_USER_ID,
    when: 'the gateway read a user id from the request: copied from baggage onto every span',
  },
  {
    key: ATTR_BUSINESS_CLIENT_ID,
    when: 'the request sent `x-client-id`: copied from baggage onto every span',
  },
  {
    key: ATTR_BUSINESS_SESSION_ID,
    when: 'the request sent `x-session-id`: copied from baggage onto every span',
  },
  {
    key: ATTR_FAULT_INJECTED,
    when: 'a fault was injected there (`npm run fault`, simulate-error)',
  },
  { key: ATTR_FAULT_RULE_ID, when: 'a fault was injected there' },
  { key: ATTR_FAULT_KIND, when: 'a fault was injected there' },
  { key: ATTR_FAULT_DELAY_MS, when: 'the injected fault added a delay' },
];
