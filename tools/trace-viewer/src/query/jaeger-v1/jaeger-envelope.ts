import type { JaegerEnvelope, JaegerEnvelopeError } from '@tools/trace-model';

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
