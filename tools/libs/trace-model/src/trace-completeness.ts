import type { SpanNode, SpanTree } from './span-tree.types';

function clientsHaveCallees(nodes: readonly SpanNode[]): boolean {
  return nodes.every(
    (node) =>
      (node.span.kind !== 'client' || node.children.length > 0) &&
      clientsHaveCallees(node.children),
  );
}

/**
 * True when a trace shows no sign of spans still on their way: it hangs from one root (a root
 * may name a parent outside the trace, such as the caller that sent the traceparent), and every
 * client span has its callee's spans beneath it. Each service exports its own batches, so until
 * then a trace read from a backend is a partial one. A call to a service that exports nothing
 * (or that never answered) leaves a client span without children: such a trace never looks
 * whole, so callers also need a deadline.
 */
export function looksComplete(tree: SpanTree): boolean {
  return tree.roots.length === 1 && clientsHaveCallees(tree.roots);
}
