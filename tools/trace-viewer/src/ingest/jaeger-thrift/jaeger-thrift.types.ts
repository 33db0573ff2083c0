/** jaeger.thrift Tag as thriftrw decodes it (i64 as 8-byte Buffers, enums as names). */
export interface ThriftTag {
  key: string;
  vType: 'STRING' | 'DOUBLE' | 'BOOL' | 'LONG' | 'BINARY';
  vStr: string | null;
  vDouble: number | null;
  vBool: boolean | null;
  vLong: Buffer | null;
  vBinary: Buffer | null;
}

export interface ThriftLog {
  timestamp: Buffer;
  fields: ThriftTag[];
}

export interface ThriftSpanRef {
  refType: 'CHILD_OF' | 'FOLLOWS_FROM';
  traceIdLow: Buffer;
  traceIdHigh: Buffer;
  spanId: Buffer;
}

export interface ThriftSpan {
  traceIdLow: Buffer;
  traceIdHigh: Buffer;
  spanId: Buffer;
  parentSpanId: Buffer;
  operationName: string;
  references: ThriftSpanRef[] | null;
  flags: number;
  startTime: Buffer;
  duration: Buffer;
  tags: ThriftTag[] | null;
  logs: ThriftLog[] | null;
}

export interface ThriftBatch {
  process: { serviceName: string; tags: ThriftTag[] | null };
  spans: ThriftSpan[];
}
