/**
 * The browser's span-kind table: each kind as the UI shows it (Jaeger's `span.kind` tag, upper
 * case), in the order the stats page lists them, and which way its traceparent crosses the wire.
 */
const SPAN_KINDS = [
  { kind: 'SERVER', wire: 'received' },
  { kind: 'CONSUMER', wire: 'received' },
  { kind: 'CLIENT', wire: 'sent' },
  { kind: 'PRODUCER', wire: 'sent' },
  { kind: 'INTERNAL', wire: undefined },
] as const;

/** How a span of this kind met its traceparent: sent with a call, received with one, or neither. */
export type WireDirection = 'sent' | 'received';

/** "sent" for CLIENT/PRODUCER, "received" for SERVER/CONSUMER, undefined for in-process kinds. */
export function wireDirectionOf(kind: string): WireDirection | undefined {
  return SPAN_KINDS.find((entry) => entry.kind === kind.toUpperCase())?.wire;
}

/** Sort rank of a kind: servers first, internal last, unknown kinds after all. */
export function spanKindRank(kind: string): number {
  const index = SPAN_KINDS.findIndex((entry) => entry.kind === kind.toUpperCase());
  return index < 0 ? SPAN_KINDS.length : index;
}
