/** A Jaeger v1 structured error. */
export interface JaegerEnvelopeError {
  code?: number;
  msg: string;
  traceID?: string;
}

/** Jaeger's v1 response envelope (Go field order: data, total, limit, offset, errors). */
export interface JaegerEnvelope<T> {
  data: T;
  total: number;
  limit: number;
  offset: number;
  errors: JaegerEnvelopeError[] | null;
}

/** Wraps data in the v1 envelope. */
export function envelope<T>(
  data: T,
  total = 0,
  errors: JaegerEnvelopeError[] | null = null,
): JaegerEnvelope<T> {
  return { data, total, limit: 0, offset: 0, errors };
}

/** The v1 body of an error answer. */
export function errorEnvelope(status: number, msg: string): JaegerEnvelope<null> {
  return envelope(null, 0, [{ code: status, msg }]);
}
