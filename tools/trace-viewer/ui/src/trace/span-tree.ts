import type { Span, Trace } from '../api/api.types';
import { isErrorSpan, parentSpanId, serviceOf, spanKind } from './span-facts';

export interface SpanNode {
  span: Span;
  service: string;
  kind: string;
  isError: boolean;
  depth: number;
  parent?: SpanNode;
  children: SpanNode[];
}

export interface TraceSummary {
  traceID: string;
  rootService: string;
  rootOperation: string;
  startTime: number;
  duration: number;
  spanCount: number;
  errorSpanCount: number;
  maxDepth: number;
  services: { name: string; spanCount: number; errorCount: number }[];
}

const byStart = (a: SpanNode, b: SpanNode): number => a.span.startTime - b.span.startTime;

/** Links a trace's spans into trees; spans whose parent is missing become extra roots. */
export function buildSpanTree(trace: Trace): SpanNode[] {
  const nodes = new Map<string, SpanNode>();
  for (const span of trace.spans) {
    nodes.set(span.spanID, {
      span,
      service: serviceOf(trace, span),
      kind: spanKind(span),
      isError: isErrorSpan(span),
      depth: 0,
      children: [],
    });
  }
  const roots: SpanNode[] = [];
  for (const node of nodes.values()) {
    const parent = nodes.get(parentSpanId(node.span) ?? '');
    if (parent && parent !== node) {
      node.parent = parent;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  // A malformed trace can hold a parent cycle; such spans are unreachable from any root, so the
  // walk below would drop them. Promote one span of each cycle to a root instead.
  const reached = new Set<SpanNode>();
  const walk = (node: SpanNode, depth: number): void => {
    reached.add(node);
    node.depth = depth;
    node.children.sort(byStart);
    for (const child of node.children) if (!reached.has(child)) walk(child, depth + 1);
  };
  roots.sort(byStart).forEach((root) => walk(root, 0));
  for (const node of nodes.values()) {
    if (reached.has(node)) continue;
    node.parent?.children.splice(node.parent.children.indexOf(node), 1);
    node.parent = undefined;
    roots.push(node);
    walk(node, 0);
  }
  return roots;
}

/** Lists the nodes depth first, children in start order: the order of waterfall rows. */
export function flattenTree(roots: SpanNode[]): SpanNode[] {
  const rows: SpanNode[] = [];
  const visit = (node: SpanNode): void => {
    rows.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return rows;
}

/** Summarises a trace for lists: root span, time span, counts per service. */
export function summarizeTrace(trace: Trace): TraceSummary {
  const rows = flattenTree(buildSpanTree(trace));
  const start = Math.min(...trace.spans.map((s) => s.startTime));
  const end = Math.max(...trace.spans.map((s) => s.startTime + s.duration));
  const services = new Map<string, { name: string; spanCount: number; errorCount: number }>();
  for (const row of rows) {
    const entry = services.get(row.service) ?? { name: row.service, spanCount: 0, errorCount: 0 };
    entry.spanCount += 1;
    if (row.isError) entry.errorCount += 1;
    services.set(row.service, entry);
  }
  const root = rows[0];
  return {
    traceID: trace.traceID,
    rootService: root?.service ?? 'unknown-service',
    rootOperation: root?.span.operationName ?? '(no spans)',
    startTime: rows.length ? start : 0,
    duration: rows.length ? end - start : 0,
    spanCount: rows.length,
    errorSpanCount: rows.filter((r) => r.isError).length,
    maxDepth: rows.reduce((max, r) => Math.max(max, r.depth + 1), 0),
    services: [...services.values()],
  };
}
