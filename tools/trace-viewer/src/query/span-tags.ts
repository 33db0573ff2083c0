import { SpanStatusCode } from '@opentelemetry/api';
import { type JaegerKeyValue, spanKindName } from '@tools/trace-model';
import { type AttrList, AttrType, type AttrTypeCode, attrValueAsString } from '../model/attr-list';
import { SpanOrigin, type StoredSpan } from '../model/stored-span';

function toKv(key: string, type: AttrTypeCode, value: unknown): JaegerKeyValue {
  switch (type) {
    case AttrType.Bool:
      return { key, type: 'bool', value: value as boolean };
    case AttrType.Int:
      return { key, type: 'int64', value: value as number | string };
    case AttrType.Double: {
      const number = value as number;
      // JSON has no NaN/Infinity; Jaeger's Go encoder cannot write them either.
      return { key, type: 'float64', value: Number.isFinite(number) ? number : String(number) };
    }
    case AttrType.Bytes:
      return { key, type: 'binary', value: value as string };
    default:
      return { key, type: 'string', value: attrValueAsString(type, value) };
  }
}

/** Converts a stored attribute list to Jaeger KVs (arrays and maps become JSON strings). */
export function attrsToKvs(attrs: AttrList, out: JaegerKeyValue[] = []): JaegerKeyValue[] {
  for (let i = 0; i < attrs.length; i += 3) {
    out.push(toKv(attrs[i] as string, attrs[i + 1] as AttrTypeCode, attrs[i + 2]));
  }
  return out;
}

/**
 * The tags Jaeger shows for a span. For OTLP spans this follows the collector's jaeger translator
 * (otel.scope.*, attributes, span.kind, otel.status_code, error, otel.status_description,
 * w3c.tracestate) plus the dropped counts named by the OTel non-OTLP mapping spec.
 */
export function spanTags(span: StoredSpan): JaegerKeyValue[] {
  if (span.origin === SpanOrigin.JaegerThrift) return attrsToKvs(span.attrs);
  const tags: JaegerKeyValue[] = [];
  if (span.scope) {
    if (span.scope.name)
      tags.push({ key: 'otel.scope.name', type: 'string', value: span.scope.name });
    if (span.scope.version) {
      tags.push({ key: 'otel.scope.version', type: 'string', value: span.scope.version });
    }
  }
  attrsToKvs(span.attrs, tags);
  if (span.kind !== undefined) {
    tags.push({ key: 'span.kind', type: 'string', value: spanKindName(span.kind) });
  }
  if (span.statusCode === SpanStatusCode.OK) {
    tags.push({ key: 'otel.status_code', type: 'string', value: 'OK' });
  }
  if (span.statusCode === SpanStatusCode.ERROR) {
    tags.push({ key: 'otel.status_code', type: 'string', value: 'ERROR' });
    tags.push({ key: 'error', type: 'bool', value: true });
  }
  if (span.statusMessage) {
    tags.push({ key: 'otel.status_description', type: 'string', value: span.statusMessage });
  }
  if (span.traceState) tags.push({ key: 'w3c.tracestate', type: 'string', value: span.traceState });
  if (span.droppedAttrs > 0) {
    tags.push({ key: 'otel.dropped_attributes_count', type: 'int64', value: span.droppedAttrs });
  }
  if (span.droppedEvents > 0) {
    tags.push({ key: 'otel.dropped_events_count', type: 'int64', value: span.droppedEvents });
  }
  if (span.droppedLinks > 0) {
    tags.push({ key: 'otel.dropped_links_count', type: 'int64', value: span.droppedLinks });
  }
  return tags;
}

/** Jaeger's string form of a KV value, used to match `tags` search filters. */
export function kvValueAsString(kv: JaegerKeyValue): string {
  return String(kv.value);
}
