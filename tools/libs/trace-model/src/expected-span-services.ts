import type { ExpectedSpanNode } from '@app/contracts/traces';
import { isServiceName, type ServiceName } from '@app/topology';

/**
 * The service a span of an expected tree runs in: the prefix of its name
 * (`user-service.get_user`), else its parent's (`check_inventory` under
 * `order-service.create_order`). A tree's first span must name its service.
 */
export function serviceOfExpectedSpan(name: string, parent?: ServiceName): ServiceName {
  const prefix = name.split('.')[0];
  if (isServiceName(prefix)) return prefix;
  if (!parent) throw new Error(`${name} opens a tree, so its name must start with its service`);
  return parent;
}

/** One span of an expected tree, with the service it runs in and the service of its parent. */
export interface ExpectedSpanPlace {
  node: ExpectedSpanNode;
  service: ServiceName;
  /** Undefined for the tree's first span. */
  parentService?: ServiceName;
}

/** Every span of an expected tree with the service it runs in, depth-first from the root. */
export function placeExpectedSpans(
  node: ExpectedSpanNode,
  parentService?: ServiceName,
): ExpectedSpanPlace[] {
  const service = serviceOfExpectedSpan(node.name, parentService);
  return [
    { node, service, parentService },
    ...node.children.flatMap((child) => placeExpectedSpans(child, service)),
  ];
}
