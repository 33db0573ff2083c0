import { SpanKind } from '@opentelemetry/api';
import type { JaegerKeyValue, JaegerSpan, JaegerTrace } from './api/jaeger-trace.types';
import { spanKindFromName, spanKindName } from './span-kind';
import type { SpanKindName, SpanStatusName, TraceSpan } from './trace-span.types';

// Tags that the OTLP-to-Jaeger translator derives from span fields; they become fields again here.
const FIELD_TAGS = new Set(['span.kind', 'otel.status_code', 'otel.status_description', 'error']);

/** Turns Jaeger tags or log fields into a plain attribute map. */
export function attributesFromJaegerTags(tags: readonly JaegerKeyValue[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const tag of tags) {
    attributes[tag.key] = tag.value;
  }
  return attributes;
}

function stringTag(attributes: Record<string, unknown>, key: string): string {
  const value = attributes[key];
  return typeof value === 'string' ? value : '';
}

function kindOf(attributes: Record<string, unknown>): SpanKindName {
  const kind = spanKindFromName(stringTag(attributes, 'span.kind').toLowerCase());
  return spanKindName(kind ?? SpanKind.INTERNAL);
}

function statusOf(attributes: Record<string, unknown>): SpanStatusName {
  const code = stringTag(attributes, 'otel.status_code').toUpperCase();
  if (code === 'ERROR') return 'error';
  // Spans from Jaeger clients (no otel.status_code) mark failure with the boolean tag `error`.
  const error = attributes['error'];
  if (error === true || error === 'true') return 'error';
  return code === 'OK' ? 'ok' : 'unset';
}

function parentOf(span: JaegerSpan): string | undefined {
  const childOf = span.references?.find(
    (ref) => ref.refType === 'CHILD_OF' && ref.traceID === span.traceID,
  );
  return childOf?.spanID ?? (span.parentSpanID || undefined);
}

function withoutFieldTags(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => !FIELD_TAGS.has(key)));
}

/** Normalizes the spans of one trace from Jaeger's v1 query API JSON. */
export function spansFromJaegerTrace(trace: JaegerTrace): TraceSpan[] {
  return trace.spans.map((span) => {
    const tags = attributesFromJaegerTags(span.tags ?? []);
    const statusDescription = tags['otel.status_description'];
    const parentSpanId = parentOf(span);
    return {
      traceId: span.traceID,
      spanId: span.spanID,
      ...(parentSpanId ? { parentSpanId } : {}),
      name: span.operationName,
      kind: kindOf(tags),
      serviceName: trace.processes[span.processID]?.serviceName ?? 'unknown',
      startTimeUs: span.startTime,
      durationUs: span.duration,
      attributes: withoutFieldTags(tags),
      events: (span.logs ?? []).map((log) => {
        const { event, ...attributes } = attributesFromJaegerTags(log.fields ?? []);
        return {
          name: typeof event === 'string' ? event : 'log',
          timeUs: log.timestamp,
          attributes,
        };
      }),
      status: statusOf(tags),
      ...(typeof statusDescription === 'string' ? { statusMessage: statusDescription } : {}),
    };
  });
}
