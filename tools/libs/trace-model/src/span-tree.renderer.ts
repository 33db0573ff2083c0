import type { SpanNode, SpanTree } from './span-tree.types';
import { foldTransportSpans, isTransportSpan } from './transport-span';
import { drawOutline, type OutlineNode } from './tree-outline';
import type { TraceSpan } from './trace-span.types';

/** How renderSpanTree draws a trace. */
export interface RenderOptions {
  /** Show the HTTP client/server spans instead of folding them away (default false). */
  showTransport?: boolean;
  /** Append each span's duration (default true). */
  showDurations?: boolean;
}

/** Formats microseconds as milliseconds with one decimal, e.g. `(12.3ms)`. */
export function formatDuration(durationUs: number): string {
  return `(${(durationUs / 1000).toFixed(1)}ms)`;
}

// Instrumentation-http names spans by method only ("GET") unless a route is known; the path
// makes a hop recognisable.
function transportName(span: TraceSpan): string {
  if (span.name.includes(' ')) return span.name;
  const { attributes } = span;
  const route = attributes['http.route'] ?? attributes['url.path'] ?? attributes['http.target'];
  if (typeof route === 'string') return `${span.name} ${route.split('?')[0]}`;
  const url = attributes['url.full'] ?? attributes['http.url'];
  if (typeof url === 'string' && URL.canParse(url)) return `${span.name} ${new URL(url).pathname}`;
  return span.name;
}

/** The one-line label of a span: name, transport details, duration and error/orphan marks. */
export function spanLabel(
  node: SpanNode,
  options: RenderOptions & { markOrphan?: boolean },
): string {
  const { span } = node;
  const parts = isTransportSpan(span)
    ? [`${transportName(span)} [${span.kind}, ${span.serviceName}]`]
    : [span.name];
  if (options.showDurations !== false) parts.push(formatDuration(span.durationUs));
  if (span.status === 'error') {
    parts.push(span.statusMessage ? `[error: ${span.statusMessage}]` : '[error]');
  }
  if (options.markOrphan && node.orphan) {
    parts.push(`[orphan: parent ${node.missingParentId ?? '?'} is not in the trace]`);
  }
  return parts.join(' ');
}

/** Converts span nodes to outline nodes, labelled as renderSpanTree prints them. */
export function toOutline(tree: SpanTree, options: RenderOptions = {}): OutlineNode[] {
  const shown = options.showTransport ? tree : foldTransportSpans(tree);
  const convert = (node: SpanNode, markOrphan: boolean): OutlineNode => ({
    label: spanLabel(node, { ...options, markOrphan }),
    children: node.children.map((child) => convert(child, false)),
  });
  // The first root's missing parent is normally the caller outside the trace (a curl traceparent);
  // only the roots after it are spans that lost their place.
  return shown.roots.map((root, index) => convert(root, index > 0));
}

/** Renders a trace as an indented tree, one span per line. */
export function renderSpanTree(tree: SpanTree, options: RenderOptions = {}): string {
  return drawOutline(toOutline(tree, options)).join('\n');
}
