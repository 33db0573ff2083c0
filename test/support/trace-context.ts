import { randomBytes } from 'node:crypto';

/** A parsed W3C `traceparent` (or `traceresponse`, which has the same format). */
export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** Parses a version-00 traceparent; throws naming the header when it is not one. */
export function parseTraceParent(
  value: string | null | undefined,
  header = 'traceparent',
): TraceParent {
  const match = TRACEPARENT.exec(value ?? '');
  if (!match || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) {
    throw new Error(`${header} ${JSON.stringify(value)} is not a valid W3C trace context`);
  }
  return { traceId: match[1], spanId: match[2], flags: match[3] };
}

/**
 * A fresh traceparent (sampled unless told otherwise), so a test knows the trace id of a request
 * before sending it.
 */
export function newTraceParent(sampled = true): TraceParent & { header: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  const flags = sampled ? '01' : '00';
  return { traceId, spanId, flags, header: `00-${traceId}-${spanId}-${flags}` };
}

/** Whether the trace-flags' sampled bit (W3C Trace Context, section 3.2.2.5) is set. */
export function isSampled({ flags }: TraceParent): boolean {
  return (parseInt(flags, 16) & 1) === 1;
}
