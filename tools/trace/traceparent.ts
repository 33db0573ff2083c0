import { TraceFlags } from '@opentelemetry/api';
import { parseTraceParent } from '@opentelemetry/core';
import { randomBytes } from 'node:crypto';

/** The four fields of a W3C traceparent header. */
export interface Traceparent {
  version: string;
  traceId: string;
  parentId: string;
  flags: string;
}

/** Makes a fresh sampled traceparent: version 00, random trace-id and parent-id, flags 01. */
export function newTraceparent(): string {
  let traceId = '';
  let parentId = '';
  // An all-zero id is invalid; with random bytes it is astronomically rare, but cheap to rule out.
  while (/^0*$/.test(traceId)) traceId = randomBytes(16).toString('hex');
  while (/^0*$/.test(parentId)) parentId = randomBytes(8).toString('hex');
  return `00-${traceId}-${parentId}-01`;
}

/** Splits a traceparent into its fields (OpenTelemetry's parser checks it), or says what is valid. */
export function parseTraceparent(header: string): Traceparent | { error: string } {
  const context = parseTraceParent(header);
  if (!context) {
    return {
      error:
        'expected <2 hex version, not ff>-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>, ' +
        'lowercase, ids not all zeros',
    };
  }
  return {
    version: header.trim().slice(0, 2),
    traceId: context.traceId,
    parentId: context.spanId,
    flags: context.traceFlags.toString(16).padStart(2, '0'),
  };
}

/** Describes each field of a valid traceparent in a few lines for a reader new to it. */
export function explainTraceparent(tp: Traceparent): string {
  const sampled = (parseInt(tp.flags, 16) & TraceFlags.SAMPLED) !== 0;
  return [
    `traceparent: ${tp.version}-${tp.traceId}-${tp.parentId}-${tp.flags}`,
    `  version     ${tp.version.padEnd(32)}  format version (00 is the only one defined)`,
    `  trace-id    ${tp.traceId}  16 random bytes shared by every span of this request`,
    `  parent-id   ${tp.parentId.padEnd(32)}  8 bytes: the caller's span; the first service's span names it as parent`,
    `  trace-flags ${tp.flags.padEnd(32)}  ${sampled ? 'sampled (bit 0 set): record this trace' : 'not sampled (bit 0 clear): services may drop it'}`,
  ].join('\n');
}
