import type { SpanNode, SpanTree } from './span-tree.types';
import type { TraceSpan } from './trace-span.types';

/** Orders sibling nodes by start time, then span id so equal starts render the same every time. */
export function byStartTime(a: SpanNode, b: SpanNode): number {
  return a.span.startTimeUs - b.span.startTimeUs || a.span.spanId.localeCompare(b.span.spanId);
}

function sortDeep(nodes: SpanNode[]): void {
  nodes.sort(byStartTime);
  for (const node of nodes) sortDeep(node.children);
}

function markReachable(nodes: readonly SpanNode[], seen: Set<SpanNode>): void {
  for (const node of nodes) {
    seen.add(node);
    markReachable(node.children, seen);
  }
}

/** Links spans to their parents; spans whose parent is absent become flagged roots. */
export function buildSpanTree(spans: readonly TraceSpan[]): SpanTree {
  const nodes = new Map<string, SpanNode>();
  for (const span of spans) {
    // A span exported twice (a retried export) must not appear twice in the tree.
    if (!nodes.has(span.spanId)) nodes.set(span.spanId, { span, children: [], orphan: false });
  }
  const roots: SpanNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.span.parentSpanId;
    const parent = parentId ? nodes.get(parentId) : undefined;
    if (parent && parent !== node) {
      parent.children.push(node);
    } else {
      if (parentId) {
        node.orphan = true;
        node.missingParentId = parentId;
      }
      roots.push(node);
    }
  }
  // Parent links that form a cycle leave spans unreachable from any root; show them rather than lose them.
  const reachable = new Set<SpanNode>();
  markReachable(roots, reachable);
  for (const node of nodes.values()) {
    if (reachable.has(node)) continue;
    const parent = nodes.get(node.span.parentSpanId ?? '');
    if (parent) parent.children = parent.children.filter((child) => child !== node);
    node.orphan = true;
    node.missingParentId = node.span.parentSpanId;
    roots.push(node);
    markReachable([node], reachable);
  }
  sortDeep(roots);
  return { roots };
}

/** Counts the spans in a tree. */
export function countSpanNodes(nodes: readonly SpanNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countSpanNodes(node.children), 0);
}
