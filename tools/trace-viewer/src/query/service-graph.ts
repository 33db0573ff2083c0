import { SpanStatusCode } from '@opentelemetry/api';
import type { ServiceEdge, ServiceMap, ServiceNode } from '@tools/trace-model';
import type { StoredTrace } from '../model/stored-trace';
import { collectServiceCalls } from './service-calls';
import type { TimeWindow } from './time-window';

/**
 * Services and the calls between them, from spans that started in the window: an edge for every
 * call (see collectServiceCalls), counted as an error when its client span or its server span
 * recorded one, so a 404 relayed by a caller and a refused connection to a dead hop both show.
 */
export function buildServiceGraph(traces: Iterable<StoredTrace>, window: TimeWindow): ServiceMap {
  const traceList = [...traces];
  const nodes = new Map<string, ServiceNode>();
  for (const trace of traceList) {
    if (trace.maxStartUs < window.fromUs || trace.minStartUs > window.toUs) continue;
    for (const span of trace.spans) {
      if (span.startUs < window.fromUs || span.startUs > window.toUs) continue;
      const service = span.process.serviceName;
      let node = nodes.get(service);
      if (!node) {
        node = { name: service, spanCount: 0, errorCount: 0 };
        nodes.set(service, node);
      }
      node.spanCount++;
      if (span.statusCode === SpanStatusCode.ERROR) node.errorCount++;
    }
  }
  const edges = new Map<string, ServiceEdge>();
  for (const call of collectServiceCalls(traceList, window)) {
    const key = `${call.caller}\u0000${call.callee}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { parent: call.caller, child: call.callee, callCount: 0, errorCount: 0 };
      edges.set(key, edge);
    }
    edge.callCount++;
    if (call.error) edge.errorCount++;
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    services: [...nodes.values()].sort(byName),
    edges: [...edges.values()].sort(
      (a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child),
    ),
  };
}
