import { getStringFromEnv, getStringListFromEnv } from '@opentelemetry/core';
import { DEFAULT_REDACTED_KEY_WORDS, type RedactionRules } from './redaction-rules';

const KEY_WORD = /^[a-z0-9._-]+$/;

/**
 * The redaction rules from the environment, read once by the start-up file and validated there:
 * `TELEMETRY_REDACT_KEYS` adds key words (comma-separated: letters, digits, `.`, `_`, `-`) to the
 * defaults; `TELEMETRY_REDACTION=off` turns redaction off (`on` by default). A bad value stops
 * the service at start-up with the variable's name, rather than exporting what it should hide.
 * Returns undefined when redaction is off.
 */
export function redactionRulesFromEnv(): RedactionRules | undefined {
  const mode = getStringFromEnv('TELEMETRY_REDACTION') ?? 'on';
  if (mode !== 'on' && mode !== 'off') {
    throw new Error(`TELEMETRY_REDACTION must be "on" or "off", got "${mode}"`);
  }
  if (mode === 'off') return undefined;
  const extra = (getStringListFromEnv('TELEMETRY_REDACT_KEYS') ?? []).map((word) =>
    word.toLowerCase(),
  );
  const bad = extra.filter((word) => !KEY_WORD.test(word));
  if (bad.length > 0) {
    throw new Error(
      `TELEMETRY_REDACT_KEYS: "${bad.join('", "')}" is not a key word (letters, digits, . _ -)`,
    );
  }
  return { keyWords: [...new Set([...DEFAULT_REDACTED_KEY_WORDS, ...extra])] };
}
