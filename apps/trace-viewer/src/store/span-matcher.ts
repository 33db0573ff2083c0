import type { JaegerKeyValue } from '@app/trace-model';
import { attrsToKvs, kvValueAsString, spanTags } from './jaeger-kv';
import { StoredSpan } from './stored-span';
import { TraceSearchQuery } from './trace-search-query';

function hasTag(kvs: JaegerKeyValue[], key: string, value: string): boolean {
  return kvs.some((kv) => kv.key === key && kvValueAsString(kv) === value);
}

/** Whether a span has the tag among its tags, its process tags or its log fields (as Jaeger). */
function spanHasTag(span: StoredSpan, tags: JaegerKeyValue[], key: string, value: string): boolean {
  if (hasTag(tags, key, value)) return true;
  if (hasTag(attrsToKvs(span.process.tags), key, value)) return true;
  for (const event of span.events ?? []) {
    if (event.name && key === 'event' && event.name === value) return true;
    if (hasTag(attrsToKvs(event.attrs), key, value)) return true;
  }
  return false;
}

/** Whether one span meets every criterion of a search. */
export function spanMatches(span: StoredSpan, query: TraceSearchQuery): boolean {
  if (query.service !== undefined && span.process.serviceName !== query.service) return false;
  if (query.operation !== undefined && span.operationName !== query.operation) return false;
  if (query.startMinUs !== undefined && span.startUs < query.startMinUs) return false;
  if (query.startMaxUs !== undefined && span.startUs > query.startMaxUs) return false;
  if (query.durationMinUs !== undefined && span.durationUs < query.durationMinUs) return false;
  if (query.durationMaxUs !== undefined && span.durationUs > query.durationMaxUs) return false;
  if (query.tags.length === 0) return true;
  const tags = spanTags(span);
  return query.tags.every(([key, value]) => spanHasTag(span, tags, key, value));
}
