import { IdBindings } from './id-bindings';
import { matchOutput, normaliseOutput } from './output-pattern';

const README_TRACE = '07eecc015849206655b5c21452cbcebe';
const REAL_TRACE = '9417d48113acf0dee65fb8c3273e6da5';

describe(matchOutput.name, () => {
  it('accepts other ids, durations and epoch numbers, and remembers which id is which', () => {
    const bindings = new IdBindings();

    const result = matchOutput(
      [`Trace ${README_TRACE}: 23 spans`, 'api-gateway.create_order (250.4ms)', 'time: 1795989158'],
      [`Trace ${REAL_TRACE}: 23 spans`, 'api-gateway.create_order (62.8ms)', 'time: 1795260386'],
      bindings,
    );

    expect(result.ok && result.bindings.actual(README_TRACE)).toBe(REAL_TRACE);
    expect(bindings.actual(README_TRACE)).toBeUndefined();
  });

  it('rejects a different structure, naming the README line', () => {
    const result = matchOutput(
      ['api-gateway.create_order (250.4ms)', '├─ user-service.get_user (59.9ms)'],
      ['api-gateway.create_order (62.8ms)', '└─ user-service.get_user (5.6ms)'],
      new IdBindings(),
    );

    expect(result).toEqual({
      ok: false,
      reason:
        'differs from the README at "├─ user-service.get_user (59.9ms)" (line 2 of the output ' +
        'shown): got: └─ user-service.get_user (5.6ms)',
    });
  });

  it('keeps small numbers, status codes and text exact', () => {
    const match = (shown: string, real: string) =>
      matchOutput([shown], [real], new IdBindings()).ok;

    expect(match('23 spans from 5 services', '22 spans from 5 services')).toBe(false);
    expect(match('HTTP/1.1 404 Not Found', 'HTTP/1.1 200 OK')).toBe(false);
    expect(match("'service.version': '1.0.0'", "'service.version': '1.0.1'")).toBe(false);
    expect(
      match('"created_at":"2026-11-29T21:51:07.101Z"', '"created_at":"2025-01-01T00:00:00.000Z"'),
    ).toBe(true);
  });

  it('holds an id to one meaning across outputs, in both directions', () => {
    const bindings = new IdBindings();
    bindings.bind(README_TRACE, REAL_TRACE);
    const other = 'ebdc141007036debe074b94c65517f35';

    expect(matchOutput([README_TRACE], [other], bindings)).toEqual({
      ok: false,
      reason: expect.stringContaining(
        `the README's ${README_TRACE} stood for ${REAL_TRACE} earlier, here the output has ${other}`,
      ),
    });
    expect(matchOutput(['4bf92f3577b34da6a3ce929d0e0e4736'], [REAL_TRACE], bindings)).toEqual({
      ok: false,
      reason: expect.stringContaining(
        `${REAL_TRACE} is what the README's ${README_TRACE} stood for earlier`,
      ),
    });
  });

  it('lets "..." stand for lines, or for text within a line', () => {
    const shown = ['HTTP/1.1 200 OK', '...', '', '[Nest] 17501  - ...     LOG Listening on :18013'];
    const real = [
      'HTTP/1.1 200 OK',
      'Content-Length: 65',
      'Date: Sun, 29 Nov 2026 21:51:39 GMT',
      '',
      '[Nest] 4242  - 01.12.2026, 08:00:01     LOG Listening on :18013',
    ];

    expect(matchOutput(shown, real, new IdBindings()).ok).toBe(true);
    expect(matchOutput(shown, real.slice(0, 4), new IdBindings()).ok).toBe(false);
  });

  it('lets a figure the page says varies be any number, and keeps the others exact', () => {
    const shown = ['answers: 200: 450, 201: 111, 502: 39', 'failed 39 (first 5 of 39)'];
    const match = (real: string[]) =>
      matchOutput(shown, real, new IdBindings(), false, ['111', '39']).ok;

    expect(match(['answers: 200: 450, 201: 102, 502: 48', 'failed 48 (first 5 of 48)'])).toBe(true);
    expect(match(['answers: 200: 450, 201: 102, 502: 48.5', 'failed 48 (first 5 of 48)'])).toBe(
      true,
    );
    expect(match(['answers: 200: 449, 201: 102, 502: 48', 'failed 48 (first 5 of 48)'])).toBe(
      false,
    );
    expect(match(['answers: 200: 450, 201: 102, 503: 48', 'failed 48 (first 5 of 48)'])).toBe(
      false,
    );
    expect(match(['answers: 200: 450, 201: 111, 502: 39', 'failed 39 (first 6 of 39)'])).toBe(
      false,
    );
    expect(matchOutput(['p 1390'], ['p 1139'], new IdBindings(), false, ['39']).ok).toBe(true);
    expect(matchOutput(['id 139'], ['id 140'], new IdBindings(), false, ['39']).ok).toBe(false);
  });

  it('lets a table column be padded differently, but not an indent or a tree', () => {
    const match = (shown: string, real: string) =>
      matchOutput([shown], [real], new IdBindings()).ok;

    expect(
      match('APP          STATE    PID   LAST EXIT', 'APP          STATE    PID    LAST EXIT'),
    ).toBe(true);
    expect(
      match('APP          STATE    PID   LAST EXIT', 'APP          STATE PID   LAST EXIT'),
    ).toBe(false);
    expect(match('  get-user  225', '   get-user  225')).toBe(false);
    expect(match('     385.7 ms  create-order', '    1024.3 ms  create-order')).toBe(true);
    expect(match('│  └─ database-service.query', '│   └─ database-service.query')).toBe(false);
  });

  it('lets a rule id the page says varies carry another number', () => {
    expect(
      matchOutput(['Injected fault f1: x'], ['Injected fault f3: x'], new IdBindings(), false, [
        'f1',
      ]).ok,
    ).toBe(true);
    expect(
      matchOutput(['Injected fault f1: x'], ['Injected fault g3: x'], new IdBindings(), false, [
        'f1',
      ]).ok,
    ).toBe(false);
  });

  it('finds the lines anywhere in the output when asked to', () => {
    const real = ['starting', "name: 'GET /query',", 'kind: 1,', 'done'];

    expect(matchOutput(["name: 'GET /query',", 'kind: 1,'], real, new IdBindings(), true).ok).toBe(
      true,
    );
    expect(matchOutput(["name: 'GET /query',", 'kind: 1,'], real, new IdBindings()).ok).toBe(false);
  });
});

describe(normaliseOutput.name, () => {
  it('drops colour codes, carriage returns and surrounding blank lines', () => {
    expect(normaliseOutput('\n\u001b[32mLOG\u001b[39m ready  \r\nHTTP/1.1 200 OK\r\n\n')).toEqual([
      'LOG ready',
      'HTTP/1.1 200 OK',
    ]);
  });
});

describe(IdBindings.name, () => {
  it('substitutes known ids and keeps a made-up one as it is', () => {
    const bindings = new IdBindings();
    bindings.bind(README_TRACE, REAL_TRACE);

    expect(
      bindings.substitute(
        `npm run trace -- ${README_TRACE}; curl -H 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'`,
      ),
    ).toBe(
      `npm run trace -- ${REAL_TRACE}; curl -H 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'`,
    );
    expect(bindings.actual('00f067aa0ba902b7')).toBe('00f067aa0ba902b7');
    expect(bindings.substitute('curl .../api/traces/11111111111111112222222222222222')).toBe(
      'curl .../api/traces/11111111111111112222222222222222',
    );
    expect(bindings.actual('11111111111111112222222222222222')).toBeUndefined();
  });
});
