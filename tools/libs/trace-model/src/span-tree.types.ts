import type { TraceSpan } from './trace-span.types';

/** A span with its children, sorted by start time. */
export interface SpanNode {
  span: TraceSpan;
  children: SpanNode[];
  /** True when the span names a parent that is not in the trace. */
  orphan: boolean;
  /** The absent parent's id when orphan is true. */
  missingParentId?: string;
}

/** A trace as a forest: normally one root, more when spans are orphaned. */
export interface SpanTree {
  roots: SpanNode[];
}
