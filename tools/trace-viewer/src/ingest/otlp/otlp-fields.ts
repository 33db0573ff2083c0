import { OtlpDecodeError } from './otlp-decode.error';

// Readers of the loosely typed message a decoder produced (protobufjs objects or parsed JSON):
// absent fields read as empty, wrongly typed ones are refused with OtlpDecodeError.

/** An OTLP KeyValue in either encoding. */
export interface KeyValueLike {
  key?: unknown;
  value?: unknown;
}

/** A repeated field: [] when absent. */
export function list<T>(value: T[] | undefined | null, what: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new OtlpDecodeError(`${what} must be an array`);
  return value;
}

/** A string field: '' when absent. */
export function text(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new OtlpDecodeError(`${what} must be a string`);
  return value;
}

/** A dropped-items counter: 0 when absent or not a positive number. */
export function count(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : 0;
}
