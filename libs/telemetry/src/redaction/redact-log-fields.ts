import { REDACTED, type RedactionRules, isRedactedKey, redactText } from './redaction-rules';

// Deeper than any log line this project writes; a guard against a cyclic plain object.
const MAX_DEPTH = 8;

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A log line's fields with the span rules applied at every depth: a field whose key names a
 * secret loses its value, strings lose their e-mails and bearer tokens. Log fields nest, unlike
 * span attributes, so this walks plain objects and arrays. Anything else (a raw request, an
 * Error) is left to the logger's serializer for its key, which redacts what it serializes.
 * Returns the input itself when nothing changed, so the common clean line costs no copy.
 */
export function redactLogFields<T>(value: T, rules: RedactionRules, depth = 0): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => redactLogFields(item, rules, depth + 1));
    return items.some((item, i) => item !== value[i]) ? (items as T) : value;
  }
  if (!isPlainObject(value)) return value;
  let changed: Record<string, unknown> | undefined;
  // for…in rather than Object.entries: this runs on every line, and builds no pair per field.
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const field = value[key];
    const redacted =
      isRedactedKey(key, rules) && field !== undefined && field !== null
        ? REDACTED
        : redactLogFields(field, rules, depth + 1);
    if (redacted !== field) (changed ??= { ...value })[key] = redacted;
  }
  return (changed as T) ?? value;
}
