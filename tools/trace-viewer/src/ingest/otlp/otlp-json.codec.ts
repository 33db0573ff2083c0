import { type AttrList, AttrType, type OtlpJsonAnyValue } from '../../model/attr-list';
import type { ModelInterner } from '../../model/model-interner';
import { type OtlpCodec, decimalNanosToMicros } from './otlp-codec';
import { OtlpDecodeError } from './otlp-decode.error';

const HEX = /^[0-9a-fA-F]+$/;

function int64(value: unknown): number | string {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : BigInt(value).toString();
  }
  throw new OtlpDecodeError(`invalid intValue ${JSON.stringify(value)}`);
}

function double(value: unknown): number {
  if (typeof value === 'number') return value;
  // proto3 JSON writes non-finite doubles as strings.
  if (value === 'NaN' || value === 'Infinity' || value === '-Infinity') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  throw new OtlpDecodeError(`invalid doubleValue ${JSON.stringify(value)}`);
}

/** Reads OTLP/JSON: hex ids, decimal-string or number times, enums as numbers or names. */
export const otlpJsonCodec: OtlpCodec = {
  id(value, bytes) {
    if (value === undefined || value === null || value === '') return '';
    if (typeof value !== 'string') return null;
    if (value.length === bytes * 2 && HEX.test(value)) return value.toLowerCase();
    // Some senders write ids base64 as in generic proto3 JSON; take those too.
    const decoded = Buffer.from(value, 'base64');
    return decoded.length === bytes && decoded.toString('base64') === value
      ? decoded.toString('hex')
      : null;
  },

  micros(value) {
    if (value === undefined || value === null) return 0;
    if (typeof value === 'number' && value >= 0) return Math.floor(value / 1000);
    if (typeof value === 'string') return decimalNanosToMicros(value);
    throw new OtlpDecodeError(`invalid nanosecond timestamp ${JSON.stringify(value)}`);
  },

  enumValue(value, names) {
    if (value === undefined || value === null) return 0;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && value in names) return names[value];
    throw new OtlpDecodeError(`invalid enum value ${JSON.stringify(value)}`);
  },

  pushAttr(out: AttrList, key: string, raw: unknown, interner: ModelInterner) {
    if (raw === undefined || raw === null) {
      out.push(key, AttrType.String, '');
      return;
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new OtlpDecodeError(`attribute "${key}" must have an AnyValue object`);
    }
    const value = raw as OtlpJsonAnyValue;
    if ('stringValue' in value) {
      if (typeof value.stringValue !== 'string') {
        throw new OtlpDecodeError(`attribute "${key}": stringValue must be a string`);
      }
      out.push(key, AttrType.String, interner.value(value.stringValue));
    } else if ('boolValue' in value) {
      out.push(key, AttrType.Bool, value.boolValue === true);
    } else if ('intValue' in value) {
      out.push(key, AttrType.Int, int64(value.intValue));
    } else if ('doubleValue' in value) {
      out.push(key, AttrType.Double, double(value.doubleValue));
    } else if ('bytesValue' in value) {
      out.push(key, AttrType.Bytes, String(value.bytesValue));
    } else if ('arrayValue' in value) {
      out.push(key, AttrType.Array, value);
    } else if ('kvlistValue' in value) {
      out.push(key, AttrType.Map, value);
    } else {
      out.push(key, AttrType.String, '');
    }
  },
};
