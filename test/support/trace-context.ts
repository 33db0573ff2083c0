import { TraceFlags } from '@opentelemetry/api';
import { parseTraceParent as parseW3cTraceParent } from '@opentelemetry/core';
import { randomBytes } from 'node:crypto';

/** A parsed W3C `traceparent` (or `traceresponse`, which has the same format). */
export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

/** Parses a traceparent with OpenTelemetry's own parser; throws naming the header when invalid. */
export function parseTraceParent(
  value: string | null | undefined,
  header = 'traceparent',
): TraceParent {
  const context = value ? parseW3cTraceParent(value) : null;
  if (!context) {
    throw new Error(`${header} ${JSON.stringify(value)} is not a valid W3C trace context`);
  }
  const flags = context.traceFlags.toString(16).padStart(2, '0');
  return { traceId: context.traceId, spanId: context.spanId, flags };
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
  return (parseInt(flags, 16) & TraceFlags.SAMPLED) !== 0;
}
