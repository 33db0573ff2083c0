import { DEFAULT_REDACTED_KEY_WORDS } from './redaction-rules';
import { redactionRulesFromEnv } from './redaction-settings';

describe(redactionRulesFromEnv.name, () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  function rulesFor(env: Record<string, string>) {
    delete process.env.TELEMETRY_REDACTION;
    delete process.env.TELEMETRY_REDACT_KEYS;
    Object.assign(process.env, env);
    return redactionRulesFromEnv();
  }

  it("is on by default, with the contract's key words", () => {
    expect(rulesFor({})).toEqual({ keyWords: DEFAULT_REDACTED_KEY_WORDS });
  });

  it('adds TELEMETRY_REDACT_KEYS to the defaults, lower-cased, once each', () => {
    expect(rulesFor({ TELEMETRY_REDACT_KEYS: 'PAN, iban,token' })?.keyWords).toEqual([
      ...DEFAULT_REDACTED_KEY_WORDS,
      'pan',
      'iban',
    ]);
  });

  it('is off with TELEMETRY_REDACTION=off', () => {
    expect(rulesFor({ TELEMETRY_REDACTION: 'off' })).toBeUndefined();
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => rulesFor({ TELEMETRY_REDACTION: 'yes' })).toThrow(/TELEMETRY_REDACTION/);
    expect(() => rulesFor({ TELEMETRY_REDACT_KEYS: 'ok,bad word' })).toThrow(
      /TELEMETRY_REDACT_KEYS: "bad word"/,
    );
  });
});
