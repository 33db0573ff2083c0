import { SpanStatusCode } from '@opentelemetry/api';
import type { ServiceEdge, ServiceMap, ServiceNode } from '@app/trace-model';
import type { StoredSpan } from '../model/stored-span';
import type { StoredTrace } from '../model/stored-trace';
import type { TimeWindow } from './time-window';

/**
 * Services and the calls between them, from spans that started in the window, built as Jaeger's
 * dependency processor does: an edge for every span whose parent span (in the same trace) belongs
 * to another service.
 */
export function buildServiceGraph(
  traces: Iterable<StoredTrace>,
  { fromUs, toUs }: TimeWindow,
): ServiceMap {
  const nodes = new Map<string, ServiceNode>();
  const edges = new Map<string, ServiceEdge>();
  for (const trace of traces) {
    if (trace.maxStartUs < fromUs || trace.minStartUs > toUs) continue;
    const byId = new Map<string, StoredSpan>();
    for (const span of trace.spans) byId.set(span.spanId, span);
    for (const span of trace.spans) {
      if (span.startUs < fromUs || span.startUs > toUs) continue;
      const service = span.process.serviceName;
      let node = nodes.get(service);
      if (!node) {
        node = { name: service, spanCount: 0, errorCount: 0 };
        nodes.set(service, node);
      }
      node.spanCount++;
      if (span.statusCode === SpanStatusCode.ERROR) node.errorCount++;
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      if (!parent || parent.process.serviceName === service) continue;
      const key = `${parent.process.serviceName}\u0000${service}`;
      let edge = edges.get(key);
      if (!edge) {
        edge = { parent: parent.process.serviceName, child: service, callCount: 0, errorCount: 0 };
        edges.set(key, edge);
      }
      edge.callCount++;
      if (span.statusCode === SpanStatusCode.ERROR) edge.errorCount++;
    }
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    services: [...nodes.values()].sort(byName),
    edges: [...edges.values()].sort(
      (a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child),
    ),
  };
}
