import pino from 'pino';
import { Writable } from 'node:stream';
import { requestLoggerOptions } from './request-logger.options';

/** A pino logger built from the service options, writing its lines into an array. */
function loggerWithLines() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const { level, formatters, hooks, serializers } = requestLoggerOptions('log');
  return { logger: pino({ level, formatters, hooks, serializers }, sink), lines };
}

describe(requestLoggerOptions.name, () => {
  it("maps Nest's level names onto pino's", () => {
    expect(requestLoggerOptions('log').level).toBe('info');
    expect(requestLoggerOptions('verbose').level).toBe('trace');
    expect(requestLoggerOptions('warn').level).toBe('warn');
  });

  it('logs 4xx at warn, 5xx at error, the rest at info', () => {
    const level = requestLoggerOptions('log').customLogLevel!;
    const answer = (statusCode: number) => level({} as never, { statusCode } as never, undefined);
    expect([answer(200), answer(201), answer(404), answer(409), answer(502)]).toEqual([
      'info',
      'info',
      'warn',
      'warn',
      'error',
    ]);
  });

  it("keeps a request's real error (res.err) and drops the one pino-http invents for a bare 5xx", () => {
    const errorObject = requestLoggerOptions('log').customErrorObject!;
    const fields = { res: { statusCode: 502 }, err: new Error('failed with status code 502') };
    expect(errorObject({} as never, {} as never, fields.err, fields)).toEqual({
      ...fields,
      err: undefined,
    });
    const real = new Error('inventory-service answered 500');
    expect(errorObject({} as never, { err: real } as never, real, { err: real })).toEqual({
      err: real,
    });
  });

  it('writes no secret: message, fields and a logged error all go through the redaction rules', () => {
    const { logger, lines } = loggerWithLines();
    logger.info({ user: { password: 'hunter2' }, note: 'for ana@example.com' }, 'sent to bob@x.io');
    logger.error({ err: new Error('no user ana@example.com') }, 'failed');

    const written = JSON.stringify(lines);
    expect(['hunter2', 'ana@example.com', 'bob@x.io'].filter((s) => written.includes(s))).toEqual(
      [],
    );
    expect(lines[0]).toMatchObject({
      msg: 'sent to [REDACTED_EMAIL]',
      user: { password: '[REDACTED]' },
      note: 'for [REDACTED_EMAIL]',
    });
    expect(lines[1]).toMatchObject({ err: { type: 'Error', message: 'no user [REDACTED_EMAIL]' } });
  });

  it('serializes a request as its method and its redacted path only, never its headers', () => {
    const serializers = requestLoggerOptions('log').serializers!;
    expect(
      serializers.req({
        id: 1,
        method: 'GET',
        url: '/users/1?token=abc',
        headers: { authorization: 'Bearer abc' },
      }),
    ).toEqual({ id: 1, method: 'GET', url: '/users/1?token=REDACTED' });
  });
});
