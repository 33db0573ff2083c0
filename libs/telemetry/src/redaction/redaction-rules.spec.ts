import {
  DEFAULT_REDACTION_RULES as rules,
  isRedactedKey,
  redactAttributeValue,
  redactText,
  redactedAttributes,
} from './redaction-rules';

describe('redaction rules', () => {
  it.each([
    ['password', 'hunter2'],
    ['user.PASSWORD', 'hunter2'],
    ['http.request.header.authorization', 'Basic dXNlcjpwYXNz'],
    ['http.request.header.cookie', 'sid=1'],
    ['db.Secret_Value', 'x'],
    ['client.api-key', 'k'],
    ['X-Api_Key', 'k'],
    ['apikey', 'k'],
    ['refresh_token', 'abc'],
    ['aws.credentials', 'c'],
    ['passwd', 'p'],
  ])('masks the whole value of %s, keeping the key', (key, value) => {
    expect(redactAttributeValue(key, value, rules)).toBe('[REDACTED]');
  });

  it('masks an array of strings under a secret key as one value', () => {
    expect(redactAttributeValue('http.request.header.set-cookie', ['a=1', 'b=2'], rules)).toBe(
      '[REDACTED]',
    );
  });

  it('masks e-mails inside longer text, every one of them, and nothing else', () => {
    expect(redactText('user ana.b+tag@mail.example.org (cc bob@x.io) not found')).toBe(
      'user [REDACTED_EMAIL] (cc [REDACTED_EMAIL]) not found',
    );
    expect(redactText('?email=ana%40mail.example.org&x=1')).toBe('?email=[REDACTED_EMAIL]&x=1');
    expect(redactText('not an address: a@b, @home, x@y.z')).toBe(
      'not an address: a@b, @home, x@y.z',
    );
  });

  it('masks bearer tokens in any case, keeping the scheme', () => {
    expect(redactText('auth failed for bearer eyJhbGciOi.J9x-_/+= at /orders')).toBe(
      'auth failed for Bearer [REDACTED] at /orders',
    );
  });

  it('masks strings inside arrays of strings and leaves numbers and booleans alone', () => {
    expect(redactAttributeValue('recipients', ['a@b.co', 'ops'], rules)).toEqual([
      '[REDACTED_EMAIL]',
      'ops',
    ]);
    expect(redactAttributeValue('http.response.status_code', 200, rules)).toBe(200);
    expect(redactAttributeValue('ok', true, rules)).toBe(true);
  });

  it('returns only the attributes it changes', () => {
    expect(
      redactedAttributes({ 'url.query': 'email=a@b.co', 'user.id': 123, token: 't' }, rules),
    ).toEqual({ 'url.query': 'email=[REDACTED_EMAIL]', token: '[REDACTED]' });
  });

  it('honours extra key words', () => {
    expect(redactAttributeValue('card.pan', '4111', { keyWords: ['pan'] })).toBe('[REDACTED]');
  });

  it('answers for a key under each rule set of its own, however often it is asked', () => {
    const extra = { keyWords: [...rules.keyWords, 'pan'] };
    for (let i = 0; i < 3; i++) {
      expect(isRedactedKey('card.pan', rules)).toBe(false);
      expect(isRedactedKey('card.pan', extra)).toBe(true);
    }
  });

  it('leaves text with neither an @ (or %40) nor "bearer" as the same string', () => {
    const text = 'GET /users/123?token_type=id 200 in 4 ms';
    expect(redactText(text)).toBe(text);
    expect(redactText('to ana%40example.com')).toBe('to [REDACTED_EMAIL]');
    expect(redactText('BEARER abc.def')).toBe('Bearer [REDACTED]');
  });
});
