import { type ExpectedSpanNode } from '@app/contracts/traces';
import { buildSpanTree, compareSpanTree, renderSpanTree, type TraceSpan } from '@tools/trace-model';
import { SERVICE_NAMES } from './e2e-services';

/** How a failure message names a span. */
export function spanLabel(span: TraceSpan): string {
  return `${span.serviceName}:${span.name} [${span.kind}, ${span.spanId}]`;
}

/**
 * The parts of a span tests compare, with its label first, so a failed `toMatchObject` diff
 * shows which span it was about.
 */
export function spanView(span: TraceSpan) {
  return {
    span: `${span.serviceName}:${span.name}`,
    kind: span.kind,
    status: span.status,
    attributes: span.attributes,
    events: span.events.map((event) => event.name),
  };
}

function listSpans(spans: readonly TraceSpan[]): string {
  return spans.map((span) => `  ${spanLabel(span)} parent=${span.parentSpanId ?? '-'}`).join('\n');
}

/** The one span named `name` (optionally of `kind`) in `spans`; throws listing the trace if not one. */
export function findSpan(
  spans: readonly TraceSpan[],
  name: string,
  kind?: TraceSpan['kind'],
): TraceSpan {
  const found = spans.filter((span) => span.name === name && (!kind || span.kind === kind));
  if (found.length !== 1) {
    throw new Error(
      `expected exactly one span ${name}${kind ? ` (${kind})` : ''}, found ${found.length} in:\n${listSpans(spans)}`,
    );
  }
  return found[0];
}

/** The span's parent in `spans`, or undefined for a root or a parent outside the trace. */
export function parentOf(spans: readonly TraceSpan[], span: TraceSpan): TraceSpan | undefined {
  return span.parentSpanId ? spans.find((other) => other.spanId === span.parentSpanId) : undefined;
}

/** The one event named `name` on `span`; throws naming the span if there is not exactly one. */
export function eventOf(span: TraceSpan, name: string) {
  const found = span.events.filter((event) => event.name === name);
  if (found.length !== 1) {
    const names = span.events.map((event) => event.name).join(', ');
    throw new Error(`${spanLabel(span)}: expected one event "${name}", has [${names}]`);
  }
  return found[0];
}

/** The service a manual span belongs to by name (`user-service.get_user`), else its parent's. */
function serviceOfName(name: string, parentService?: string): string | undefined {
  const prefix = name.split('.')[0];
  return (SERVICE_NAMES as readonly string[]).includes(prefix) ? prefix : parentService;
}

/**
 * How many spans a scenario exports when every hop is HTTP: its manual spans, a client and a
 * server span per hop between services, and the server span of the first request.
 */
export function expectedSpanTotal(tree: ExpectedSpanNode, parentService?: string): number {
  const service = serviceOfName(tree.name, parentService);
  const hop = parentService !== undefined && service !== parentService ? 2 : 0;
  const root = parentService === undefined ? 1 : 0;
  return (
    1 +
    hop +
    root +
    tree.children.reduce((sum, child) => sum + expectedSpanTotal(child, service), 0)
  );
}

/** Fails naming every difference when the trace's manual spans do not nest as `expected`. */
export function expectTreeShape(spans: readonly TraceSpan[], expected: ExpectedSpanNode): void {
  const tree = buildSpanTree(spans);
  const comparison = compareSpanTree(tree, expected);
  if (!comparison.ok) {
    throw new Error(
      `trace does not match ${expected.name}:\n${comparison.differences.join('\n')}\n${comparison.diff}\n` +
        `actual trace:\n${renderSpanTree(tree, { showTransport: true, showDurations: false })}`,
    );
  }
}

/** The HTTP server span that `span` runs under in its own service. */
export function serverSpanAbove(spans: readonly TraceSpan[], span: TraceSpan): TraceSpan {
  let current = span;
  for (;;) {
    const parent = parentOf(spans, current);
    if (!parent || parent.serviceName !== span.serviceName) {
      throw new Error(`${spanLabel(span)} has no ${span.serviceName} SERVER span above it`);
    }
    if (parent.kind === 'server') return parent;
    current = parent;
  }
}

function isAncestor(spans: readonly TraceSpan[], ancestor: TraceSpan, span: TraceSpan): boolean {
  for (let current = parentOf(spans, span); current; current = parentOf(spans, current)) {
    if (current.spanId === ancestor.spanId) return true;
  }
  return false;
}

/** One service-to-service call as the trace shows it. */
export interface Hop {
  client: TraceSpan;
  server: TraceSpan;
}

/**
 * Checks one hop: `callee`'s manual span sits under a SERVER span of its service, whose parent
 * is a CLIENT span of `caller`'s service in the same trace, below `caller`.
 */
export function expectHop(spans: readonly TraceSpan[], caller: TraceSpan, callee: TraceSpan): Hop {
  const server = serverSpanAbove(spans, callee);
  const client = parentOf(spans, server);
  const where = `hop ${caller.name} -> ${callee.name}`;
  if (!client) {
    throw new Error(`${where}: parent ${server.parentSpanId} of ${spanLabel(server)} not in trace`);
  }
  if (client.kind !== 'client' || client.serviceName !== caller.serviceName) {
    throw new Error(
      `${where}: ${spanLabel(server)} has parent ${spanLabel(client)}, not a ${caller.serviceName} CLIENT span`,
    );
  }
  if (client.traceId !== callee.traceId || server.parentSpanId !== client.spanId) {
    throw new Error(`${where}: ${spanLabel(server)} is not the child of ${spanLabel(client)}`);
  }
  if (!isAncestor(spans, caller, client)) {
    throw new Error(`${where}: ${spanLabel(client)} is not below ${spanLabel(caller)}`);
  }
  return { client, server };
}

/**
 * Checks every edge of `expected`: a direct parent within a service, expectHop across services.
 * Returns the hops keyed by the callee's manual span name.
 */
export function expectHops(
  spans: readonly TraceSpan[],
  expected: ExpectedSpanNode,
): Map<string, Hop> {
  const hops = new Map<string, Hop>();
  const walk = (node: ExpectedSpanNode) => {
    const parent = findSpan(spans, node.name);
    for (const child of node.children) {
      const span = findSpan(spans, child.name);
      if (span.serviceName !== parent.serviceName) {
        hops.set(child.name, expectHop(spans, parent, span));
      } else if (span.parentSpanId !== parent.spanId) {
        throw new Error(`${spanLabel(span)} should be a direct child of ${spanLabel(parent)}`);
      }
      walk(child);
    }
  };
  walk(expected);
  return hops;
}
