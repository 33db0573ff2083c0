import type { Long } from 'protobufjs';
import { type AttrList, AttrType, type OtlpJsonAnyValue } from '../../model/attr-list';
import type { ModelInterner } from '../../model/model-interner';
import { type OtlpCodec, nanosPartsToMicros } from './otlp-codec';

interface AnyValueMessage {
  value?: string;
  stringValue?: string;
  boolValue?: boolean;
  intValue?: Long | number;
  doubleValue?: number;
  bytesValue?: Uint8Array;
  arrayValue?: { values?: AnyValueMessage[] };
  kvlistValue?: { values?: { key?: string; value?: AnyValueMessage }[] };
}

function int64(value: Long | number | undefined): number | string {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  // Within +-2^53 the double is exact; beyond, Jaeger shows the decimal string.
  if (value.high >= -0x200000 && value.high < 0x200000) {
    return value.high * 4294967296 + (value.low >>> 0);
  }
  return ((BigInt(value.high) << 32n) | BigInt(value.low >>> 0)).toString();
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** A protobuf AnyValue as OTLP/JSON, for arrays and maps that are stored verbatim. */
function toJsonAnyValue(value: AnyValueMessage | undefined): OtlpJsonAnyValue {
  switch (value?.value) {
    case 'stringValue':
      return { stringValue: value.stringValue };
    case 'boolValue':
      return { boolValue: value.boolValue };
    case 'intValue':
      return { intValue: String(int64(value.intValue)) };
    case 'doubleValue':
      return { doubleValue: value.doubleValue };
    case 'bytesValue':
      return { bytesValue: toBuffer(value.bytesValue!).toString('base64') };
    case 'arrayValue':
      return { arrayValue: { values: (value.arrayValue?.values ?? []).map(toJsonAnyValue) } };
    case 'kvlistValue':
      return {
        kvlistValue: {
          values: (value.kvlistValue?.values ?? []).map((kv) => ({
            key: kv.key ?? '',
            value: toJsonAnyValue(kv.value),
          })),
        },
      };
    default:
      return {};
  }
}

/** Reads what protobufjs decodes from OTLP protobuf: Buffers for ids and bytes, Long for 64 bits. */
export const otlpProtoCodec: OtlpCodec = {
  id(value, bytes) {
    const buffer = value as Uint8Array | undefined;
    if (!buffer || buffer.length === 0) return '';
    return buffer.length === bytes ? toBuffer(buffer).toString('hex') : null;
  },

  micros(value) {
    if (value === undefined || value === null) return 0;
    if (typeof value === 'number') return Math.floor(value / 1000);
    const long = value as Long;
    return nanosPartsToMicros(long.high >>> 0, long.low >>> 0);
  },

  enumValue(value) {
    return typeof value === 'number' ? value : 0;
  },

  pushAttr(out: AttrList, key: string, raw: unknown, interner: ModelInterner) {
    const value = raw as AnyValueMessage | undefined;
    switch (value?.value) {
      case 'stringValue':
        out.push(key, AttrType.String, interner.value(value.stringValue ?? ''));
        return;
      case 'boolValue':
        out.push(key, AttrType.Bool, value.boolValue === true);
        return;
      case 'intValue':
        out.push(key, AttrType.Int, int64(value.intValue));
        return;
      case 'doubleValue':
        out.push(key, AttrType.Double, value.doubleValue ?? 0);
        return;
      case 'bytesValue':
        out.push(key, AttrType.Bytes, toBuffer(value.bytesValue!).toString('base64'));
        return;
      case 'arrayValue':
        out.push(key, AttrType.Array, toJsonAnyValue(value));
        return;
      case 'kvlistValue':
        out.push(key, AttrType.Map, toJsonAnyValue(value));
        return;
      default:
        // An empty AnyValue: Jaeger shows it as an empty string.
        out.push(key, AttrType.String, '');
    }
  },
};
