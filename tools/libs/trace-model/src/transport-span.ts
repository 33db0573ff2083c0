import { byStartTime } from './span-tree.builder';
import type { SpanNode, SpanTree } from './span-tree.types';
import type { TraceSpan } from './trace-span.types';

/** True for the HTTP client/server spans that auto-instrumentation makes around every hop. */
export function isTransportSpan(span: TraceSpan): boolean {
  const http = 'http.request.method' in span.attributes || 'http.method' in span.attributes;
  return http && (span.kind === 'client' || span.kind === 'server');
}

function fold(nodes: readonly SpanNode[]): SpanNode[] {
  const shown: SpanNode[] = [];
  for (const node of nodes) {
    const children = fold(node.children);
    if (!isTransportSpan(node.span)) {
      shown.push({ ...node, children });
      continue;
    }
    // A folded orphan passes its flag on: the spans lifted in its place hang off nothing either.
    for (const child of children) {
      shown.push(
        node.orphan ? { ...child, orphan: true, missingParentId: node.missingParentId } : child,
      );
    }
  }
  return shown.sort(byStartTime);
}

/** Hides transport spans, re-attaching their children to the nearest shown ancestor. */
export function foldTransportSpans(tree: SpanTree): SpanTree {
  return { roots: fold(tree.roots) };
}
