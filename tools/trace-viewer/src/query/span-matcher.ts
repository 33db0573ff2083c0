import type { JaegerKeyValue } from '@tools/trace-model';
import type { StoredSpan } from '../model/stored-span';
import type { TraceSearch } from '../store/trace-search';
import { attrsToKvs, kvValueAsString, spanTags } from './span-tags';

/** What a Jaeger search (v1 or api_v3) asks for, its parameters parsed. */
export interface SearchCriteria {
  service?: string;
  operation?: string;
  /** key=value pairs, every one of which a span must carry. */
  tags: [string, string][];
  startMinUs?: number;
  startMaxUs?: number;
  durationMinUs?: number;
  durationMaxUs?: number;
  limit: number;
}

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

/** Whether one span meets every criterion, tags compared as Jaeger shows them. */
function spanMatches(span: StoredSpan, criteria: SearchCriteria): boolean {
  if (criteria.service !== undefined && span.process.serviceName !== criteria.service) return false;
  if (criteria.operation !== undefined && span.operationName !== criteria.operation) return false;
  if (criteria.startMinUs !== undefined && span.startUs < criteria.startMinUs) return false;
  if (criteria.startMaxUs !== undefined && span.startUs > criteria.startMaxUs) return false;
  if (criteria.durationMinUs !== undefined && span.durationUs < criteria.durationMinUs)
    return false;
  if (criteria.durationMaxUs !== undefined && span.durationUs > criteria.durationMaxUs)
    return false;
  if (criteria.tags.length === 0) return true;
  const tags = spanTags(span);
  return criteria.tags.every(([key, value]) => spanHasTag(span, tags, key, value));
}

/** The store search for Jaeger's criteria: a trace matches when one span meets all of them. */
export function jaegerTraceSearch(criteria: SearchCriteria): TraceSearch {
  return {
    service: criteria.service,
    startMinUs: criteria.startMinUs,
    startMaxUs: criteria.startMaxUs,
    limit: criteria.limit,
    spanMatches: (span) => spanMatches(span, criteria),
  };
}
