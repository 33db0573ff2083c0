import type { Span } from '../api/api.types';
import { parentSpanId, spanKind, tagValue } from './span-facts';
import { type WireDirection, wireDirectionOf } from './span-kinds';

/** The trace-flags bit "sampled" (W3C Trace Context, section 3.2.2.5). */
const SAMPLED_FLAG = 0x01;

export interface TraceparentField {
  name: 'version' | 'trace-id' | 'parent-id' | 'trace-flags';
  value: string;
  meaning: string;
}

export interface WireContext {
  /** "sent" for a CLIENT/PRODUCER span, "received" for a SERVER/CONSUMER span. */
  direction: WireDirection;
  header: string;
  fields: TraceparentField[];
  tracestate?: string;
}

/** Pads a Jaeger trace id (16 hex when the high half is zero) to the 32 hex W3C uses. */
export function w3cTraceId(traceId: string): string {
  return traceId.toLowerCase().padStart(32, '0');
}

/** The trace-flags byte as two hex digits; an absent flags field means sampled (01). */
export function flagsHex(flags: number | undefined): string {
  const value = flags === undefined || flags === null ? 1 : flags & 0xff;
  return value.toString(16).padStart(2, '0');
}

/** Splits a traceparent header into its four fields, each with a plain-words meaning. */
export function decodeTraceparent(
  header: string,
  direction: WireContext['direction'],
): TraceparentField[] {
  const [version = '', traceId = '', parentId = '', flags = ''] = header.split('-');
  const flagBits = Number.parseInt(flags, 16);
  const sampled = Number.isFinite(flagBits) && (flagBits & SAMPLED_FLAG) !== 0;
  const bits = Number.isFinite(flagBits) ? flagBits.toString(2).padStart(8, '0') : '????????';
  return [
    {
      name: 'version',
      value: version,
      meaning:
        version === '00'
          ? 'Version 00 of W3C Trace Context: four dash-separated fields.'
          : 'Unknown version.',
    },
    {
      name: 'trace-id',
      value: traceId,
      meaning: '16 bytes (32 hex) shared by every span of this request, across all services.',
    },
    {
      name: 'parent-id',
      value: parentId,
      meaning:
        direction === 'sent'
          ? "This CLIENT span's own id: the server that receives the call records it as its parent."
          : "The caller's span id (its CLIENT span): this SERVER span's parent.",
    },
    {
      name: 'trace-flags',
      value: flags,
      meaning: sampled
        ? `Bits ${bits}: bit 0 "sampled" is set, so the caller recorded this trace and asks downstream services to record it too.`
        : `Bits ${bits}: bit 0 "sampled" is clear, so the caller did not record this trace and downstream services usually do not either.`,
    },
  ];
}

/**
 * Reconstructs the traceparent header a span sent (CLIENT/PRODUCER: its own id as parent-id) or
 * received (SERVER/CONSUMER: its parent's id). Returns undefined for spans that never crossed the
 * wire: INTERNAL spans, and server spans that started the trace.
 */
export function wireContextFor(span: Span): WireContext | undefined {
  const direction = wireDirectionOf(spanKind(span));
  if (!direction) return undefined;
  const parentId = direction === 'sent' ? span.spanID : parentSpanId(span);
  if (!parentId) return undefined;
  const header = `00-${w3cTraceId(span.traceID)}-${parentId.toLowerCase().padStart(16, '0')}-${flagsHex(span.flags)}`;
  const tracestate = tagValue(span.tags, 'w3c.tracestate');
  return {
    direction,
    header,
    fields: decodeTraceparent(header, direction),
    tracestate: tracestate === undefined || tracestate === '' ? undefined : String(tracestate),
  };
}
