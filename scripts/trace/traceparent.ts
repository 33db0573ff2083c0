import { randomBytes } from 'node:crypto';

/** The four fields of a W3C traceparent header. */
export interface Traceparent {
  version: string;
  traceId: string;
  parentId: string;
  flags: string;
}

// W3C Trace Context §3.2: lowercase hex, fixed widths, all-zero ids invalid, version ff forbidden.
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** Makes a fresh sampled traceparent: version 00, random trace-id and parent-id, flags 01. */
export function newTraceparent(): string {
  let traceId = '';
  let parentId = '';
  // An all-zero id is invalid; with random bytes it is astronomically rare, but cheap to rule out.
  while (/^0*$/.test(traceId)) traceId = randomBytes(16).toString('hex');
  while (/^0*$/.test(parentId)) parentId = randomBytes(8).toString('hex');
  return `00-${traceId}-${parentId}-01`;
}

/** Splits a traceparent into its fields, or explains why it is not valid. */
export function parseTraceparent(header: string): Traceparent | { error: string } {
  const match = TRACEPARENT.exec(header.trim());
  if (!match) {
    return { error: 'expected 00-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>, lowercase' };
  }
  const [, version, traceId, parentId, flags] = match;
  if (version === 'ff') return { error: 'version ff is forbidden' };
  if (/^0+$/.test(traceId)) return { error: 'trace-id must not be all zeros' };
  if (/^0+$/.test(parentId)) return { error: 'parent-id must not be all zeros' };
  return { version, traceId, parentId, flags };
}

/** Describes each field of a valid traceparent in a few lines for a reader new to it. */
export function explainTraceparent(tp: Traceparent): string {
  const sampled = (parseInt(tp.flags, 16) & 1) === 1;
  return [
    `traceparent: ${tp.version}-${tp.traceId}-${tp.parentId}-${tp.flags}`,
    `  version     ${tp.version.padEnd(32)}  format version (00 is the only one defined)`,
    `  trace-id    ${tp.traceId}  16 random bytes shared by every span of this request`,
    `  parent-id   ${tp.parentId.padEnd(32)}  8 bytes: the caller's span; the first service's span names it as parent`,
    `  trace-flags ${tp.flags.padEnd(32)}  ${sampled ? 'sampled (bit 0 set): record this trace' : 'not sampled (bit 0 clear): services may drop it'}`,
  ].join('\n');
}
