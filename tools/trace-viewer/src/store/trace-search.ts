import type { StoredSpan } from '../model/stored-span';

/**
 * A trace search: a trace matches when one of its spans does. The store narrows by service and
 * start window through its indexes; what makes a span match (operation, durations, tags) is the
 * caller's rule, since each query API has its own.
 */
export interface TraceSearch {
  service?: string;
  startMinUs?: number;
  startMaxUs?: number;
  limit: number;
  spanMatches(span: StoredSpan): boolean;
}
