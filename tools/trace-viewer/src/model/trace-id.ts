/** An all-zero span id: OTLP and Thrift's way of saying "no parent". */
export const ZERO_SPAN_ID = '0000000000000000';

/** True for an id made only of zeros, which W3C Trace Context and OTLP both call invalid. */
export function isZeroId(hex: string): boolean {
  return /^0+$/.test(hex);
}

/** Parses a trace id given as hex (up to 32 digits) or as base64 of 16 bytes; null if neither. */
export function parseTraceId(text: string): string | null {
  if (/^[0-9a-fA-F]{1,32}$/.test(text)) return text.toLowerCase().padStart(32, '0');
  if (/^[A-Za-z0-9+/_-]{22}(==)?$/.test(text)) {
    const bytes = Buffer.from(text, 'base64');
    if (bytes.length === 16) return bytes.toString('hex');
  }
  return null;
}
