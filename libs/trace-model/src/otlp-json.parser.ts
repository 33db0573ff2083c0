import type { OtlpAnyValue, OtlpExportTraceServiceRequest, OtlpKeyValue } from './otlp-json.types';
import type { SpanKindName, SpanStatusName, TraceSpan } from './trace-span.types';

// OTLP SpanKind enum: 0 is UNSPECIFIED, which the data model treats as INTERNAL.
const KINDS: readonly SpanKindName[] = [
  'internal',
  'internal',
  'server',
  'client',
  'producer',
  'consumer',
];
const KIND_NAMES = ['unspecified', ...KINDS.slice(1)];
const STATUSES: readonly SpanStatusName[] = ['unset', 'ok', 'error'];

function enumIndex(value: number | string | undefined, prefix: string, names: readonly string[]) {
  if (typeof value === 'number') return value;
  if (value === undefined) return 0;
  // The OTLP/JSON spec also allows enum names, e.g. SPAN_KIND_SERVER or STATUS_CODE_ERROR.
  const named = names.indexOf(value.replace(prefix, '').toLowerCase());
  return named >= 0 ? named : Number(value) || 0;
}

/** Converts an OTLP id (hex as the JSON encoding mandates, or base64 from protobuf JSON) to hex. */
export function otlpIdToHex(id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (/^[0-9a-fA-F]+$/.test(id) && (id.length === 16 || id.length === 32)) return id.toLowerCase();
  return Buffer.from(id, 'base64').toString('hex');
}

function nanosToMicros(nanos: string | number): number {
  return Number(BigInt(nanos) / 1000n);
}

/** Unwraps an OTLP AnyValue into a plain JavaScript value. */
export function fromAnyValue(value: OtlpAnyValue | undefined): unknown {
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const int = BigInt(value.intValue);
    return int <= BigInt(Number.MAX_SAFE_INTEGER) && int >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(int)
      : int.toString();
  }
  if (value.doubleValue !== undefined) return value.doubleValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(fromAnyValue);
  if (value.kvlistValue) return fromKeyValues(value.kvlistValue.values ?? []);
  return value.bytesValue;
}

/** Turns OTLP attributes into a plain attribute map. */
export function fromKeyValues(values: readonly OtlpKeyValue[]): Record<string, unknown> {
  return Object.fromEntries(values.map((kv) => [kv.key, fromAnyValue(kv.value)]));
}

/** Normalizes every span of an OTLP/JSON ExportTraceServiceRequest. */
export function spansFromOtlpJson(request: OtlpExportTraceServiceRequest): TraceSpan[] {
  const spans: TraceSpan[] = [];
  for (const resourceSpans of request.resourceSpans ?? []) {
    const resource = fromKeyValues(resourceSpans.resource?.attributes ?? []);
    const serviceName =
      typeof resource['service.name'] === 'string' ? resource['service.name'] : 'unknown';
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        const startTimeUs = nanosToMicros(span.startTimeUnixNano);
        const parentSpanId = otlpIdToHex(span.parentSpanId);
        const statusMessage = span.status?.message;
        spans.push({
          traceId: otlpIdToHex(span.traceId) ?? '',
          spanId: otlpIdToHex(span.spanId) ?? '',
          ...(parentSpanId ? { parentSpanId } : {}),
          name: span.name,
          kind: KINDS[enumIndex(span.kind, 'SPAN_KIND_', KIND_NAMES)] ?? 'internal',
          serviceName,
          startTimeUs,
          durationUs: nanosToMicros(span.endTimeUnixNano) - startTimeUs,
          attributes: fromKeyValues(span.attributes ?? []),
          events: (span.events ?? []).map((event) => ({
            name: event.name,
            timeUs: nanosToMicros(event.timeUnixNano),
            attributes: fromKeyValues(event.attributes ?? []),
          })),
          status: STATUSES[enumIndex(span.status?.code, 'STATUS_CODE_', STATUSES)] ?? 'unset',
          ...(statusMessage ? { statusMessage } : {}),
        });
      }
    }
  }
  return spans;
}
