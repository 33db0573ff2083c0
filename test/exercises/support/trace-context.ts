import { randomBytes } from 'node:crypto';

/** A W3C trace context a check sends, with its parts kept for assertions. */
export interface SentContext {
  traceId: string;
  parentId: string;
  /** The `traceparent` header value: version 00, trace id, parent id, flags. */
  traceparent: string;
}

/** A fresh random trace context with the sampled flag set (or not). */
export function newTraceContext(sampled = true): SentContext {
  const traceId = randomBytes(16).toString('hex');
  const parentId = randomBytes(8).toString('hex');
  return { traceId, parentId, traceparent: `00-${traceId}-${parentId}-${sampled ? '01' : '00'}` };
}

/** The trace id and sampled flag of a `traceresponse` header, or undefined if absent/malformed. */
export function parseTraceResponse(
  header: string | null,
): { traceId: string; spanId: string; sampled: boolean } | undefined {
  const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(header ?? '');
  if (!match) return undefined;
  return { traceId: match[1], spanId: match[2], sampled: (parseInt(match[3], 16) & 1) === 1 };
}
