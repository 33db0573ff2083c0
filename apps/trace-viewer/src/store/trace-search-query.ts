/** Criteria of a trace search; a trace matches when one of its spans meets all of them. */
export interface TraceSearchQuery {
  service?: string;
  operation?: string;
  tags: [string, string][];
  startMinUs?: number;
  startMaxUs?: number;
  durationMinUs?: number;
  durationMaxUs?: number;
  limit: number;
}
