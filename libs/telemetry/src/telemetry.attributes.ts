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
/**
 * `db.response.returned_rows` is still incubating in the semantic conventions; their guidance is
 * to copy an incubating key rather than import the unstable entry point, whose names may change.
 */
export const ATTR_DB_RESPONSE_RETURNED_ROWS = 'db.response.returned_rows';

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
