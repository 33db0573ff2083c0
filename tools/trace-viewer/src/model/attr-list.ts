/** Attribute value kinds, numbered as they are stored in an {@link AttrList}. */
export const AttrType = {
  String: 0,
  Bool: 1,
  Int: 2,
  Double: 3,
  Bytes: 4,
  Array: 5,
  Map: 6,
} as const;
export type AttrTypeCode = (typeof AttrType)[keyof typeof AttrType];

/** An OTLP/JSON AnyValue, kept verbatim for arrays and maps (rare, so not compacted). */
export type OtlpJsonAnyValue = Record<string, unknown>;

/**
 * Attributes stored flat as [key, type, value, key, type, value, ...]: one array per span instead
 * of one object per attribute. Int values beyond 2^53 are kept as decimal strings; bytes as base64.
 */
export type AttrList = (string | number | boolean | OtlpJsonAnyValue)[];

export const EMPTY_ATTRS: AttrList = [];

/** The stored value of attribute `key`, or undefined when the list has no such key. */
export function findAttr(attrs: AttrList, key: string): AttrList[number] | undefined {
  for (let i = 0; i < attrs.length; i += 3) {
    if (attrs[i] === key) return attrs[i + 2];
  }
  return undefined;
}

/** Turns an OTLP/JSON AnyValue into plain JSON data, as pcommon.Value.AsRaw does. */
export function anyValueToRaw(value: OtlpJsonAnyValue | undefined): unknown {
  if (!value) return null;
  if ('stringValue' in value) return value.stringValue;
  if ('boolValue' in value) return value.boolValue;
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return value.doubleValue;
  if ('bytesValue' in value) return value.bytesValue;
  if ('arrayValue' in value) {
    const values = (value.arrayValue as { values?: OtlpJsonAnyValue[] }).values ?? [];
    return values.map(anyValueToRaw);
  }
  if ('kvlistValue' in value) {
    const entries = (value.kvlistValue as { values?: { key: string; value?: OtlpJsonAnyValue }[] })
      .values;
    const out: Record<string, unknown> = {};
    for (const entry of entries ?? []) out[entry.key] = anyValueToRaw(entry.value);
    return out;
  }
  return null;
}

/** The string form Jaeger gives a stored attribute value (tag search, AsString for arrays/maps). */
export function attrValueAsString(type: AttrTypeCode, value: unknown): string {
  if (type === AttrType.Array || type === AttrType.Map) {
    return JSON.stringify(anyValueToRaw(value as OtlpJsonAnyValue));
  }
  return String(value);
}

/** Converts a stored attribute back to an OTLP/JSON AnyValue. */
export function attrToAnyValue(type: AttrTypeCode, value: unknown): OtlpJsonAnyValue {
  switch (type) {
    case AttrType.String:
      return { stringValue: value };
    case AttrType.Bool:
      return { boolValue: value };
    case AttrType.Int:
      return { intValue: String(value) };
    case AttrType.Double:
      return { doubleValue: value };
    case AttrType.Bytes:
      return { bytesValue: value };
    default:
      return value as OtlpJsonAnyValue;
  }
}
