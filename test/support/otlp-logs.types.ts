/** An OTLP/JSON AnyValue, as the JSON exporters write it; only the kinds log records use. */
export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: OtlpAnyValue[] };
  kvlistValue?: { values?: OtlpKeyValue[] };
}

interface OtlpKeyValue {
  key: string;
  value: OtlpAnyValue;
}

/** One OTLP/JSON ExportLogsServiceRequest; only what checks read. */
export interface OtlpLogsRequest {
  resourceLogs?: {
    resource?: { attributes?: OtlpKeyValue[] };
    scopeLogs?: {
      logRecords?: {
        timeUnixNano?: string;
        severityText?: string;
        severityNumber?: number;
        body?: OtlpAnyValue;
        attributes?: OtlpKeyValue[];
        traceId?: string;
        spanId?: string;
      }[];
    }[];
  }[];
}

/** A log record as a check reads it: which service wrote it, in which span, and what. */
export interface ReceivedLogRecord {
  serviceName: string;
  /** Empty for a line written outside any span (start-up). */
  traceId: string;
  spanId: string;
  severityText?: string;
  body: unknown;
  attributes: Record<string, unknown>;
}

/** An AnyValue as plain JSON: strings, numbers, booleans, arrays and objects. */
export function plainValue(value: OtlpAnyValue | undefined): unknown {
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plainValue);
  if (value.kvlistValue) return plainAttributes(value.kvlistValue.values);
  return undefined;
}

export function plainAttributes(list: OtlpKeyValue[] | undefined): Record<string, unknown> {
  return Object.fromEntries((list ?? []).map(({ key, value }) => [key, plainValue(value)]));
}

/** Every record of one export request, flattened. */
export function logRecordsOf(request: OtlpLogsRequest): ReceivedLogRecord[] {
  return (request.resourceLogs ?? []).flatMap((resourceLogs) => {
    const name = plainAttributes(resourceLogs.resource?.attributes)['service.name'];
    const serviceName = typeof name === 'string' ? name : 'unknown';
    return (resourceLogs.scopeLogs ?? []).flatMap((scope) =>
      (scope.logRecords ?? []).map((record) => ({
        serviceName,
        traceId: record.traceId ?? '',
        spanId: record.spanId ?? '',
        severityText: record.severityText,
        body: plainValue(record.body),
        attributes: plainAttributes(record.attributes),
      })),
    );
  });
}
