/** Jaeger prints a trace id as 16 hex digits when its high 64 bits are zero (model.TraceID.String). */
export function jaegerTraceId(traceId: string): string {
  return traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId;
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
