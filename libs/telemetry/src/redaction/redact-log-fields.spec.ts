import { redactLogFields } from './redact-log-fields';
import { DEFAULT_REDACTION_RULES as rules, redactUrl } from './redaction-rules';

describe(redactLogFields.name, () => {
  it('masks secret keys and e-mails at any depth, keeping the rest', () => {
    expect(
      redactLogFields(
        {
          msg: 'login by ana@example.com',
          user: { id: 7, password: 'pw', contacts: ['bob@x.io', 3] },
          headers: { authorization: 'Bearer abc' },
        },
        rules,
      ),
    ).toEqual({
      msg: 'login by [REDACTED_EMAIL]',
      user: { id: 7, password: '[REDACTED]', contacts: ['[REDACTED_EMAIL]', 3] },
      headers: { authorization: '[REDACTED]' },
    });
  });

  it('returns the same object when nothing changes, and leaves errors and raw objects alone', () => {
    const clean = { a: 1, b: { c: 'plain' } };
    expect(redactLogFields(clean, rules)).toBe(clean);
    const error = new Error('mail ana@example.com');
    expect(redactLogFields({ err: error }, rules).err).toBe(error);
    class RawRequest {
      constructor(readonly url = '/?email=ana@example.com') {}
    }
    const raw = new RawRequest();
    expect(redactLogFields({ req: raw }, rules).req).toBe(raw);
  });

  it('stops at a cyclic plain object instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    expect(() => redactLogFields(cyclic, rules)).not.toThrow();
  });
});

describe(redactUrl.name, () => {
  it('masks secret query parameters by name and e-mails anywhere, like the span rules', () => {
    expect(redactUrl('/users/123?password=pw&email=ana%40x.io&token=t&id=1', rules)).toBe(
      '/users/123?password=REDACTED&email=[REDACTED_EMAIL]&token=REDACTED&id=1',
    );
    expect(redactUrl('/users/ana@example.com', rules)).toBe('/users/[REDACTED_EMAIL]');
    expect(redactUrl('/orders?user_id=123', rules)).toBe('/orders?user_id=123');
  });
});
