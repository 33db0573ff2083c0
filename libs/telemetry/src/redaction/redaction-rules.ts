import type { AttributeValue, Attributes } from '@opentelemetry/api';

/**
 * The project's redaction defaults (the contract; deploy/scale/collector.yaml repeats them): an
 * attribute whose key contains one of these words, in any case, keeps its key and loses its value.
 */
export const DEFAULT_REDACTED_KEY_WORDS: readonly string[] = [
  'password',
  'passwd',
  'secret',
  'token',
  'authorization',
  'cookie',
  'api-key',
  'api_key',
  'apikey',
  'credential',
];

/**
 * Query parameters whose values the HTTP instrumentation replaces with `REDACTED` in `url.query`
 * and `url.full` (its option takes exact names): its own defaults (signed-URL parameters) plus the
 * usual spellings of the key words above, so `?password=...` never reaches a span.
 */
export const REDACTED_QUERY_PARAMS: readonly string[] = [
  'sig',
  'Signature',
  'AWSAccessKeyId',
  'X-Goog-Signature',
  'X-Amz-Signature',
  'X-Amz-Credential',
  'X-Amz-Security-Token',
  'password',
  'passwd',
  'secret',
  'client_secret',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'api_key',
  'api-key',
  'apikey',
  'authorization',
  'credential',
  'credentials',
];

export const REDACTED = '[REDACTED]';
export const REDACTED_EMAIL = '[REDACTED_EMAIL]';

// The same expressions as the Collector's transform/redaction statements. An e-mail may be
// URL-encoded (`%40`): the HTTP instrumentation re-encodes `url.query` when it redacts a parameter.
const EMAIL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+[.][A-Za-z]{2,}/g;
const BEARER = /\bbearer\s+[A-Za-z0-9._~+/-]+=*/gi;
// What either expression needs to match at all. Most text (every request line, most attribute
// values) holds none of it, and one scan for it costs far less than running both replacements.
const MAY_HOLD_SECRET = /@|%40|bearer/i;

/** What to redact: the key words (lower case) whose attributes lose their values. */
export interface RedactionRules {
  keyWords: readonly string[];
}

export const DEFAULT_REDACTION_RULES: RedactionRules = { keyWords: DEFAULT_REDACTED_KEY_WORDS };

// The answer for each key already asked about, per rule set: attribute and log field keys come
// from code, so a handful of them recur on every span and every line. Bounded all the same.
const keyAnswers = new WeakMap<RedactionRules, Map<string, boolean>>();
const MAX_REMEMBERED_KEYS = 1_000;

/** Whether an attribute named `key` must lose its value under `rules`. */
export function isRedactedKey(key: string, rules: RedactionRules): boolean {
  let answers = keyAnswers.get(rules);
  if (!answers) keyAnswers.set(rules, (answers = new Map<string, boolean>()));
  let answer = answers.get(key);
  if (answer === undefined) {
    const lower = key.toLowerCase();
    answer = rules.keyWords.some((word) => lower.includes(word));
    if (answers.size >= MAX_REMEMBERED_KEYS) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}

/** Masks the e-mail addresses and bearer tokens inside a string, leaving the rest readable. */
export function redactText(text: string): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  return text.replace(EMAIL, REDACTED_EMAIL).replace(BEARER, 'Bearer [REDACTED]');
}

/** One attribute value with the rules applied: masked whole for a secret key, else its strings. */
export function redactAttributeValue(
  key: string,
  value: AttributeValue,
  rules: RedactionRules,
): AttributeValue {
  if (isRedactedKey(key, rules)) return REDACTED;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) =>
      typeof item === 'string' ? redactText(item) : item,
    );
    // The same array when nothing changed, so callers can tell a change by identity.
    return items.some((item, i) => item !== value[i]) ? (items as AttributeValue) : value;
  }
  return value;
}

/** The attributes whose values the rules change, with their new values (empty when none do). */
export function redactedAttributes(attributes: Attributes, rules: RedactionRules): Attributes {
  const changed: Attributes = {};
  // for…in rather than Object.entries: this runs on every span, and builds no pair per attribute.
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined || !Object.hasOwn(attributes, key)) continue;
    const redacted = redactAttributeValue(key, value, rules);
    if (redacted !== value) changed[key] = redacted;
  }
  return changed;
}

/**
 * A request path with its query string redacted for a log line, as the HTTP instrumentation does
 * for `url.query` on spans: the value of a parameter named in REDACTED_QUERY_PARAMS or by a key
 * word becomes `REDACTED`, and e-mails and bearer tokens anywhere are masked.
 */
export function redactUrl(url: string, rules: RedactionRules): string {
  const query = url.indexOf('?');
  if (query === -1) return redactText(url);
  const params = url
    .slice(query + 1)
    .split('&')
    .map((param) => {
      const name = decodeURIComponentSafely(param.split('=', 1)[0]);
      return REDACTED_QUERY_PARAMS.includes(name) || isRedactedKey(name, rules)
        ? `${param.split('=', 1)[0]}=REDACTED`
        : param;
    });
  return redactText(`${url.slice(0, query)}?${params.join('&')}`);
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
