import { SpanStatusCode } from '@opentelemetry/api';
import { spanKindToOtlp } from '@tools/trace-model';
import {
  type AttrList,
  type AttrTypeCode,
  type OtlpJsonAnyValue,
  attrToAnyValue,
  attrValueAsString,
} from '../../model/attr-list';
import { SpanOrigin, type StoredSpan } from '../../model/stored-span';
import type { StoredTrace } from '../../model/stored-trace';

type Json = Record<string, unknown>;

function attributes(attrs: AttrList, skip?: Set<string>): Json[] {
  const out: Json[] = [];
  for (let i = 0; i < attrs.length; i += 3) {
    const key = attrs[i] as string;
    if (skip?.has(key)) continue;
    out.push({ key, value: attrToAnyValue(attrs[i + 1] as AttrTypeCode, attrs[i + 2]) });
  }
  return out;
}

function nanos(micros: number): string {
  return micros === 0 ? '0' : `${micros}000`;
}

// Tags that the Jaeger->OTLP translation turns back into span fields.
const THRIFT_SPAN_FIELDS = new Set(['span.kind', 'otel.status_code', 'otel.status_description']);

function thriftStatus(span: StoredSpan): Json {
  let code = SpanStatusCode.UNSET;
  let message = '';
  for (let i = 0; i < span.attrs.length; i += 3) {
    if (span.attrs[i] === 'otel.status_code') {
      code = span.attrs[i + 2] === 'ERROR' ? SpanStatusCode.ERROR : SpanStatusCode.OK;
    }
    if (span.attrs[i] === 'otel.status_description') {
      message = attrValueAsString(span.attrs[i + 1] as AttrTypeCode, span.attrs[i + 2]);
    }
  }
  if (code === SpanStatusCode.UNSET && span.statusCode === SpanStatusCode.ERROR) {
    code = SpanStatusCode.ERROR;
  }
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
    kind: spanKindToOtlp(span.kind),
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
