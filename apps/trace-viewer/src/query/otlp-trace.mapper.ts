import { AttrList, OtlpJsonAnyValue, attrToAnyValue, attrValueAsString } from '../store/attr-list';
import { SPAN_KIND_NAMES } from '../store/jaeger-kv';
import { SpanOrigin, StoredSpan } from '../store/stored-span';
import { StoredTrace } from '../store/stored-trace';

type Json = Record<string, unknown>;

function attributes(attrs: AttrList, skip?: Set<string>): Json[] {
  const out: Json[] = [];
  for (let i = 0; i < attrs.length; i += 3) {
    const key = attrs[i] as string;
    if (skip?.has(key)) continue;
    out.push({ key, value: attrToAnyValue(attrs[i + 1] as number, attrs[i + 2]) });
  }
  return out;
}

function nanos(micros: number): string {
  return micros === 0 ? '0' : `${micros}000`;
}

// Tags that the Jaeger->OTLP translation turns back into span fields.
const THRIFT_SPAN_FIELDS = new Set(['span.kind', 'otel.status_code', 'otel.status_description']);

function thriftStatus(span: StoredSpan): Json {
  let code = 0;
  let message = '';
  for (let i = 0; i < span.attrs.length; i += 3) {
    if (span.attrs[i] === 'otel.status_code') code = span.attrs[i + 2] === 'ERROR' ? 2 : 1;
    if (span.attrs[i] === 'otel.status_description')
      message = attrValueAsString(span.attrs[i + 1] as number, span.attrs[i + 2]);
  }
  if (code === 0 && span.statusCode === 2) code = 2;
  return withoutDefaults({ message, code });
}

function withoutDefaults(object: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === '' || value === 0 || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

function otlpSpan(traceId: string, span: StoredSpan): Json {
  const thrift = span.origin === SpanOrigin.JaegerThrift;
  const links = (span.links ?? []).filter(
    (link) => !(thrift && link.spanId === span.parentSpanId && link.traceId === traceId),
  );
  return withoutDefaults({
    traceId,
    spanId: span.spanId,
    traceState: span.traceState,
    parentSpanId: span.parentSpanId,
    flags: thrift ? 0 : span.flags,
    name: span.operationName,
    kind: span.kind,
    startTimeUnixNano: nanos(span.startUs),
    endTimeUnixNano: nanos(span.startUs + span.durationUs),
    attributes: attributes(span.attrs, thrift ? THRIFT_SPAN_FIELDS : undefined),
    droppedAttributesCount: span.droppedAttrs,
    events: (span.events ?? []).map((event) =>
      withoutDefaults({
        timeUnixNano: nanos(event.timeUs),
        name: event.name,
        attributes: attributes(event.attrs),
        droppedAttributesCount: event.droppedAttrs,
      }),
    ),
    droppedEventsCount: span.droppedEvents,
    links: links.map((link) =>
      withoutDefaults({
        traceId: link.traceId,
        spanId: link.spanId,
        traceState: link.traceState,
        attributes: attributes(link.attrs),
        droppedAttributesCount: link.droppedAttrs,
      }),
    ),
    droppedLinksCount: span.droppedLinks,
    status: thrift
      ? thriftStatus(span)
      : withoutDefaults({ message: span.statusMessage, code: span.statusCode }),
  });
}

/** Groups stored traces into OTLP/JSON resourceSpans (resource = process, then scope). */
export function toOtlpResourceSpans(traces: StoredTrace[]): Json[] {
  const resources = new Map<
    string,
    { resource: Json; scopes: Map<string, Json[]>; scopeInfo: Map<string, Json> }
  >();
  for (const trace of traces) {
    for (const span of trace.spans) {
      let resource = resources.get(span.process.key);
      if (!resource) {
        const attrs: OtlpJsonAnyValue[] = [
          { key: 'service.name', value: { stringValue: span.process.serviceName } },
          ...attributes(span.process.tags),
        ];
        resource = { resource: { attributes: attrs }, scopes: new Map(), scopeInfo: new Map() };
        resources.set(span.process.key, resource);
      }
      const scopeKey = span.scope ? `${span.scope.name}\u0000${span.scope.version}` : '';
      let spans = resource.scopes.get(scopeKey);
      if (!spans) {
        spans = [];
        resource.scopes.set(scopeKey, spans);
        resource.scopeInfo.set(
          scopeKey,
          withoutDefaults({ name: span.scope?.name ?? '', version: span.scope?.version ?? '' }),
        );
      }
      spans.push(otlpSpan(trace.traceId, span));
    }
  }
  return [...resources.values()].map((entry) => ({
    resource: entry.resource,
    scopeSpans: [...entry.scopes.entries()].map(([key, spans]) => ({
      scope: entry.scopeInfo.get(key),
      spans,
    })),
  }));
}

/** The v3 span kind name for an OTLP kind number (empty reported as internal). */
export function v3SpanKind(kind: number): string {
  return SPAN_KIND_NAMES[kind] || 'internal';
}
