// The answers of the trace viewer's /api/ui/* endpoints: the viewer builds them and its web UI reads
// them, both from here.

/** Per-service span totals over a time window. */
export interface ServiceNode {
  name: string;
  spanCount: number;
  errorCount: number;
}

/** A caller -> callee edge between two services. */
export interface ServiceEdge {
  parent: string;
  child: string;
  callCount: number;
  errorCount: number;
}

/** Services and the calls between them: the data of /api/ui/service-map. */
export interface ServiceMap {
  services: ServiceNode[];
  edges: ServiceEdge[];
}

/** RED figures for one service operation: an item of /api/ui/stats. */
export interface OperationStats {
  service: string;
  operation: string;
  spanKind: string;
  /** For a client span: the service it called (its `host:port` when that never answered). */
  peerService?: string;
  count: number;
  errorCount: number;
  ratePerSecond: number;
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

/** The `trace` event of /api/ui/live. */
export interface LiveTraceEvent {
  traceID: string;
  rootServiceName: string;
  rootOperationName: string;
  startTime: number;
  duration: number;
  spanCount: number;
  errorSpanCount: number;
  services: string[];
}
