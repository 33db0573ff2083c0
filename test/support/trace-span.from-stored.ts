import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { type SpanStatusName, type TraceSpan, spanKindName } from '@tools/trace-model';
import {
  AttrType,
  type AttrList,
  type OtlpJsonAnyValue,
  anyValueToRaw,
} from '../../tools/trace-viewer/src/model/attr-list';
import type { StoredSpan } from '../../tools/trace-viewer/src/model/stored-span';

const STATUS_NAMES: Record<SpanStatusCode, SpanStatusName> = {
  [SpanStatusCode.UNSET]: 'unset',
  [SpanStatusCode.OK]: 'ok',
  [SpanStatusCode.ERROR]: 'error',
};

/** A stored attribute list as a plain map; arrays and maps become plain JSON data. */
export function attributesOf(attrs: AttrList): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < attrs.length; i += 3) {
    const type = attrs[i + 1];
    const value = attrs[i + 2];
    out[attrs[i] as string] =
      type === AttrType.Array || type === AttrType.Map
        ? anyValueToRaw(value as OtlpJsonAnyValue)
        : value;
  }
  return out;
}

/** The trace viewer's stored span as the TraceSpan the trace-model tools read. */
export function traceSpanOf(traceId: string, span: StoredSpan): TraceSpan {
  return {
    traceId,
    spanId: span.spanId,
    ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
    name: span.operationName,
    // OTLP's unspecified kind means internal (OpenTelemetry data model).
    kind: spanKindName(span.kind ?? SpanKind.INTERNAL),
    serviceName: span.process.serviceName,
    startTimeUs: span.startUs,
    durationUs: span.durationUs,
    attributes: attributesOf(span.attrs),
    events: (span.events ?? []).map((event) => ({
      name: event.name,
      timeUs: event.timeUs,
      attributes: attributesOf(event.attrs),
    })),
    status: STATUS_NAMES[span.statusCode] ?? 'unset',
    ...(span.statusMessage ? { statusMessage: span.statusMessage } : {}),
  };
}
