/** Value types of a Jaeger v1 JSON tag. */
export type JaegerValueType = 'string' | 'bool' | 'int64' | 'float64' | 'binary';

/** A Jaeger v1 tag or log field. */
export interface JaegerKeyValue {
  key: string;
  type: JaegerValueType;
  value: string | number | boolean;
}

/** A Jaeger v1 log: a span event. */
export interface JaegerLog {
  timestamp: number;
  fields: JaegerKeyValue[];
}

/** A Jaeger v1 span reference; the parent is the CHILD_OF one. */
export interface JaegerReference {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceID: string;
  spanID: string;
}

/** A span as GET /api/traces/{id} returns it. */
export interface JaegerSpan {
  traceID: string;
  spanID: string;
  parentSpanID?: string;
  flags?: number;
  operationName: string;
  references: JaegerReference[];
  startTime: number;
  duration: number;
  tags: JaegerKeyValue[];
  logs: JaegerLog[];
  processID: string;
  warnings: string[] | null;
}

/** The emitting process of a set of spans: a service and its resource tags. */
export interface JaegerProcess {
  serviceName: string;
  tags: JaegerKeyValue[];
}

/** A whole trace in Jaeger's v1 query API JSON. */
export interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, JaegerProcess>;
  warnings: string[] | null;
}

/** A structured error inside the v1 envelope. */
export interface JaegerEnvelopeError {
  code?: number;
  msg: string;
  traceID?: string;
}

/** The v1 query API envelope around every answer (Go field order: data, total, limit, offset, errors). */
export interface JaegerEnvelope<T> {
  data: T;
  total: number;
  limit: number;
  offset: number;
  errors: JaegerEnvelopeError[] | null;
}
