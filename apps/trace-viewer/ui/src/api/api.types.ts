// Shapes of the viewer's HTTP API: Jaeger's v1 query API plus the /api/ui/* endpoints.

export interface KeyValue {
  key: string;
  type: 'string' | 'bool' | 'int64' | 'float64' | 'binary';
  value: string | number | boolean;
}

export interface SpanReference {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceID: string;
  spanID: string;
}

export interface SpanLog {
  timestamp: number;
  fields: KeyValue[];
}

export interface Span {
  traceID: string;
  spanID: string;
  parentSpanID?: string;
  flags?: number;
  operationName: string;
  references: SpanReference[];
  startTime: number;
  duration: number;
  tags: KeyValue[];
  logs: SpanLog[];
  processID: string;
  warnings: string[] | null;
}

export interface Process {
  serviceName: string;
  tags: KeyValue[];
}

export interface Trace {
  traceID: string;
  spans: Span[];
  processes: Record<string, Process>;
  warnings: string[] | null;
}

export interface ApiErrorEntry {
  code?: number;
  msg: string;
  traceID?: string;
}

export interface Envelope<T> {
  data: T;
  total?: number;
  errors: ApiErrorEntry[] | null;
}

export interface ServiceNode {
  name: string;
  spanCount: number;
  errorCount: number;
}

export interface ServiceEdge {
  parent: string;
  child: string;
  callCount: number;
  errorCount: number;
}

export interface ServiceMap {
  services: ServiceNode[];
  edges: ServiceEdge[];
}

export interface OperationStats {
  service: string;
  operation: string;
  spanKind: string;
  count: number;
  errorCount: number;
  ratePerSecond: number;
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface LiveTrace {
  traceID: string;
  rootServiceName: string;
  rootOperationName: string;
  startTime: number;
  duration: number;
  spanCount: number;
  errorSpanCount: number;
  services: string[];
}

export interface TraceQuery {
  service?: string;
  operation?: string;
  tags?: Record<string, string>;
  minDuration?: string;
  maxDuration?: string;
  start: number;
  end: number;
  limit: number;
}
