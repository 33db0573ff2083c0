import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from '@opentelemetry/semantic-conventions';
import { findAttr } from '../model/attr-list';
import type { StoredSpan } from '../model/stored-span';
import type { StoredTrace } from '../model/stored-trace';
import type { TimeWindow } from './time-window';

// The pre-1.21 names, which @opentelemetry/instrumentation-http still writes by default.
const OLD_PEER_NAME = 'net.peer.name';
const OLD_PEER_PORT = 'net.peer.port';

/** One call from a service to another: the caller's client span and/or the callee's span. */
export interface ServiceCall {
  caller: string;
  /** The callee's service name; its `host:port` when it never answered and no call taught it. */
  callee: string;
  /** The caller's client span, when the caller recorded one. */
  client?: StoredSpan;
  /** The callee's span, absent when the callee never answered (a dead hop). */
  server?: StoredSpan;
  /**
   * The call failed where either side says so: a client span records an error for a 4xx answer
   * or a refused connection, while the callee's server span only does for a 5xx.
   */
  error: boolean;
}

/** A scalar attribute of `span` (arrays and maps count as absent). */
function attr(span: StoredSpan, key: string): string | number | boolean | undefined {
  const value = findAttr(span.attrs, key);
  return typeof value === 'object' ? undefined : value;
}

/** Where a client span sent its request, as `host:port`, from the stable or the old attributes. */
export function peerAddress(span: StoredSpan): string | undefined {
  const host = attr(span, ATTR_SERVER_ADDRESS) ?? attr(span, OLD_PEER_NAME);
  const port = attr(span, ATTR_SERVER_PORT) ?? attr(span, OLD_PEER_PORT);
  // A host alone is ambiguous: every service of a local stack listens on 127.0.0.1.
  return host === undefined || port === undefined ? undefined : `${host}:${port}`;
}

const isClient = (span: StoredSpan) =>
  span.kind === SpanKind.CLIENT || span.kind === SpanKind.PRODUCER;
const failed = (span: StoredSpan | undefined) => span?.statusCode === SpanStatusCode.ERROR;
const inWindow = (span: StoredSpan, { fromUs, toUs }: TimeWindow) =>
  span.startUs >= fromUs && span.startUs <= toUs;

/**
 * Every call between services that started in the window. A call is a span whose parent belongs
 * to another service (Jaeger's dependency rule), or a client span no other service answered: its
 * callee is named from the address other calls to that `host:port` were answered by.
 */
export function collectServiceCalls(
  traces: Iterable<StoredTrace>,
  window: TimeWindow,
): ServiceCall[] {
  const calls: ServiceCall[] = [];
  const unanswered: StoredSpan[] = [];
  const serviceAt = new Map<string, string>();
  for (const trace of traces) {
    if (trace.maxStartUs < window.fromUs || trace.minStartUs > window.toUs) continue;
    const byId = new Map<string, StoredSpan>();
    const answered = new Set<string>();
    for (const span of trace.spans) byId.set(span.spanId, span);
    for (const span of trace.spans) {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      if (!parent || parent.process.serviceName === span.process.serviceName) continue;
      answered.add(parent.spanId);
      const client = isClient(parent) ? parent : undefined;
      const address = client && peerAddress(client);
      if (address) serviceAt.set(address, span.process.serviceName);
      if (!inWindow(span, window)) continue;
      calls.push({
        caller: parent.process.serviceName,
        callee: span.process.serviceName,
        client,
        server: span,
        error: failed(span) || failed(client),
      });
    }
    for (const span of trace.spans) {
      if (isClient(span) && !answered.has(span.spanId) && inWindow(span, window))
        unanswered.push(span);
    }
  }
  for (const client of unanswered) {
    const address = peerAddress(client);
    // A client span without an address (a test's, or a non-HTTP one) names no callee.
    if (!address) continue;
    calls.push({
      caller: client.process.serviceName,
      callee: serviceAt.get(address) ?? address,
      client,
      error: failed(client),
    });
  }
  return calls;
}
