/** Jaeger prints a trace id as 16 hex digits when its high 64 bits are zero (model.TraceID.String). */
export function jaegerTraceId(traceId: string): string {
  return traceId.startsWith('0000000000000000') ? traceId.slice(16) : traceId;
}
