import type { ExpectedSpanNode } from './expected-tree.types';

function span(name: string, ...children: ExpectedSpanNode[]): ExpectedSpanNode {
  return { name, children };
}

function failed(name: string, ...children: ExpectedSpanNode[]): ExpectedSpanNode {
  return { name, children, error: true };
}

/** The tutorial's scenarios, by the name test_traces.sh and `npm run trace -- --expect` use. */
export type ScenarioName =
  | 'get-user'
  | 'create-order'
  | 'get-order'
  | 'direct-user'
  | 'direct-order'
  | 'direct-inventory-check'
  | 'direct-db-query'
  | 'unknown-user'
  | 'out-of-stock'
  | 'simulate-error';

/** The manual-span tree each scenario must produce, transport spans folded away. */
export const expectedTrees: Readonly<Record<ScenarioName, ExpectedSpanNode>> = {
  'get-user': span(
    'api-gateway.get_user',
    span('user-service.get_user', span('database-service.query')),
  ),
  'create-order': span(
    'api-gateway.create_order',
    span('user-service.get_user', span('database-service.query')),
    span(
      'order-service.create_order',
      span('check_inventory', span('inventory-service.check')),
      span('create_order_record', span('database-service.insert')),
      span('reserve_inventory', span('inventory-service.reserve')),
    ),
  ),
  'get-order': span(
    'api-gateway.get_order',
    span('order-service.get_order', span('database-service.query')),
  ),
  'direct-user': span('user-service.get_user', span('database-service.query')),
  'direct-order': span('order-service.get_order', span('database-service.query')),
  'direct-inventory-check': span('inventory-service.check'),
  'direct-db-query': span('database-service.query'),
  // The user lookup fails in user-service, and the gateway's span fails with the 404 it relays.
  'unknown-user': failed(
    'api-gateway.get_user',
    failed('user-service.get_user', span('database-service.query')),
  ),
  // Inventory answers "not available" as data; order-service turns it into the 409 and stops.
  'out-of-stock': failed(
    'api-gateway.create_order',
    span('user-service.get_user', span('database-service.query')),
    failed('order-service.create_order', span('check_inventory', span('inventory-service.check'))),
  ),
  // POST /orders/simulate-error: the reservation fails after the row was written, so the row is
  // deleted again (cancel_order_record) and every span from the failure up to the root fails.
  'simulate-error': failed(
    'api-gateway.create_order',
    span('user-service.get_user', span('database-service.query')),
    failed(
      'order-service.create_order',
      span('check_inventory', span('inventory-service.check')),
      span('create_order_record', span('database-service.insert')),
      failed('reserve_inventory', failed('inventory-service.reserve')),
      span('cancel_order_record', span('database-service.delete')),
    ),
  ),
};

/** True when the name is one of the known scenarios. */
export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(expectedTrees, name);
}

/** Counts the spans of an expected tree. */
export function countExpectedSpans(node: ExpectedSpanNode): number {
  return node.children.reduce((sum, child) => sum + countExpectedSpans(child), 1);
}
