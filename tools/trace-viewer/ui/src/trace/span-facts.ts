import type { KeyValue, Span, SpanLog, SpanReference, Trace } from '../api/api.types';

/** Returns the value of a tag (or log field) by key, or undefined. */
export function tagValue(tags: KeyValue[], key: string): KeyValue['value'] | undefined {
  return tags.find((tag) => tag.key === key)?.value;
}

/** The span kind in upper case (SERVER, CLIENT, ...) as Jaeger stores it in the span.kind tag. */
export function spanKind(span: Span): string {
  const kind = tagValue(span.tags, 'span.kind');
  return typeof kind === 'string' && kind ? kind.toUpperCase() : 'INTERNAL';
}

/** True when the span ended with an error status (OTLP status ERROR becomes error=true). */
export function isErrorSpan(span: Span): boolean {
  const error = tagValue(span.tags, 'error');
  if (error === true || error === 'true') return true;
  return tagValue(span.tags, 'otel.status_code') === 'ERROR';
}

/**
 * The reference that names the span's parent, as Jaeger's UI reads it: the CHILD_OF one, else the
 * first reference into the span's own trace (an OpenTracing FOLLOWS_FROM parent). A reference
 * into another trace is never a parent: it is a link (an OTLP link, e.g. a consumer's producer).
 */
function parentReference(span: Span): SpanReference | undefined {
  const refs = span.references ?? [];
  return (
    refs.find((ref) => ref.refType === 'CHILD_OF') ??
    refs.find((ref) => ref.traceID === span.traceID)
  );
}

/** The id of the span's parent, from its parent reference (or the deprecated field). */
export function parentSpanId(span: Span): string | undefined {
  return parentReference(span)?.spanID ?? (span.parentSpanID || undefined);
}

/** The span's links: every reference but its parent's (FOLLOWS_FROM in Jaeger's API). */
export function spanLinks(span: Span): SpanReference[] {
  const parent = parentReference(span);
  return (span.references ?? []).filter((ref) => ref !== parent);
}

/** The service that reported the span. */
export function serviceOf(trace: Trace, span: Span): string {
  return trace.processes[span.processID]?.serviceName ?? 'unknown-service';
}

/** True for a log that OpenTelemetry's recordException() produced. */
export function isExceptionLog(log: SpanLog): boolean {
  return (
    tagValue(log.fields, 'event') === 'exception' ||
    log.fields.some((field) => field.key.startsWith('exception.'))
  );
}
