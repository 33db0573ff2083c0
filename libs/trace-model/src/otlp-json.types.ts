/** An OTLP/JSON AnyValue: exactly one of the fields is set. */
export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | string;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
  bytesValue?: string;
}

/** An OTLP/JSON attribute. */
export interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue;
}

/** An OTLP/JSON span event. */
export interface OtlpEvent {
  timeUnixNano: string | number;
  name: string;
  attributes?: OtlpKeyValue[];
}

/** An OTLP/JSON span as exporter-trace-otlp-http writes it (hex ids, nanos as strings). */
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind?: number | string;
  startTimeUnixNano: string | number;
  endTimeUnixNano: string | number;
  attributes?: OtlpKeyValue[];
  events?: OtlpEvent[];
  status?: { code?: number | string; message?: string };
}

/** OTLP/JSON ExportTraceServiceRequest, the body POSTed to /v1/traces. */
export interface OtlpExportTraceServiceRequest {
  resourceSpans?: {
    resource?: { attributes?: OtlpKeyValue[] };
    scopeSpans?: { scope?: { name?: string; version?: string }; spans?: OtlpSpan[] }[];
  }[];
}
