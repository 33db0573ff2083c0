import type { AttrList } from '../../model/attr-list';
import type { ModelInterner } from '../../model/model-interner';
import { OtlpDecodeError } from './otlp-decode.error';

/**
 * The differences between OTLP protobuf (as protobufjs decodes it) and OTLP/JSON: how ids, times,
 * enums and attribute values are written. The span walker is shared.
 */
export interface OtlpCodec {
  /** Lowercase hex of an id of `bytes` length, '' when absent, null when malformed. */
  id(value: unknown, bytes: number): string | null;
  /** Nanoseconds since the epoch to whole microseconds. */
  micros(value: unknown): number;
  /** An enum value as its number (JSON may name it). */
  enumValue(value: unknown, names: Record<string, number>): number;
  /** Appends one attribute (key, type, value) to `out`. */
  pushAttr(out: AttrList, key: string, value: unknown, interner: ModelInterner): void;
}

/** Splits unsigned 64-bit nanoseconds given as two 32-bit halves into exact microseconds. */
export function nanosPartsToMicros(high: number, low: number): number {
  // high * 2^32 = high * 4294967 * 1000 + high * 296, so both terms stay exact doubles.
  return high * 4294967 + Math.floor((high * 296 + low) / 1000);
}

/** Decimal nanoseconds to microseconds without going through an inexact double. */
export function decimalNanosToMicros(text: string): number {
  if (!/^\d+$/.test(text)) throw new OtlpDecodeError(`invalid nanosecond timestamp "${text}"`);
  return text.length <= 3 ? 0 : Number(text.slice(0, -3));
}
