// The answers of the trace viewer's /api/ui/* endpoints: the viewer builds them and its web UI reads
// them, both from here.
import type { JaegerKeyValue } from './jaeger-trace.types';

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

/** A log record written inside a trace: an item of /api/ui/traces/{traceId}/logs. */
export interface TraceLogRecord {
  /** The span it was written in; '' when the record names none. */
  spanId: string;
  /** µs since the epoch, as Jaeger spans' startTime. */
  timestamp: number;
  /** The level as the logger named it (pino: info, warn, error...). */
  severityText: string;
  /** OTLP SeverityNumber: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal. */
  severityNumber: number;
  body: string;
  attributes: JaegerKeyValue[];
  serviceName: string;
}
