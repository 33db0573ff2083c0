/**
 * Attribute keys this project defines itself. Keys that OpenTelemetry's semantic conventions
 * define (db.*, http.*, exception.*) are imported from @opentelemetry/semantic-conventions instead.
 */
export const ATTR_USER_ID = 'user.id';
export const ATTR_ORDER_ID = 'order.id';
export const ATTR_PRODUCT_ID = 'product.id';
export const ATTR_ORDER_QUANTITY = 'order.quantity';
export const ATTR_INVENTORY_AVAILABLE = 'inventory.available';
export const ATTR_INVENTORY_REMAINING = 'inventory.remaining';
/** What one reconciliation pass repairs (order-service.reconcile). */
export const ATTR_RECONCILE_ORDERS_WITHOUT_STOCK = 'reconcile.orders_without_stock';
export const ATTR_RECONCILE_STOCK_WITHOUT_ORDER = 'reconcile.stock_without_order';
/**
 * `db.response.returned_rows` is still incubating in the semantic conventions; their guidance is
 * to copy an incubating key rather than import the unstable entry point, whose names may change.
 */
export const ATTR_DB_RESPONSE_RETURNED_ROWS = 'db.response.returned_rows';
/**
 * Business metadata: set once at the edge (the gateway) from request headers, carried as W3C
 * baggage under the same keys, and copied onto every span of the trace in every service.
 */
export const BUSINESS_KEY_PREFIX = 'business.';
export const ATTR_BUSINESS_CLIENT_ID = 'business.client_id';
export const ATTR_BUSINESS_SESSION_ID = 'business.session_id';
export const ATTR_BUSINESS_USER_ID = 'business.user_id';
/** Names of the business headers the edge refused (too long or forbidden characters). */
export const ATTR_BUSINESS_REJECTED_HEADERS = 'business.rejected_headers';
/** Business metric names this project defines (no semantic convention exists for them). */
export const METRIC_ORDERS_PLACED = 'orders.placed';
export const METRIC_ORDERS_REFUSED = 'orders.refused';
export const METRIC_INVENTORY_STOCK = 'inventory.stock';

/** Marks of an injected fault (libs/faults), on the span where it was injected. */
export const ATTR_FAULT_INJECTED = 'fault.injected';
export const ATTR_FAULT_RULE_ID = 'fault.rule_id';
export const ATTR_FAULT_KIND = 'fault.kind';
/** The delay an injected `latency` or `slow_query` fault added, in milliseconds. */
export const ATTR_FAULT_DELAY_MS = 'fault.delay_ms';
/**
 * The baggage entry that asks the service running the named operation to fail it, as
 * `POST /orders/simulate-error` does for inventory-service.reserve.
 */
export const BAGGAGE_SIMULATED_FAULT = 'fault.simulate';
