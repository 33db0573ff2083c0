import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { DEFAULT_REDACTION_RULES, REDACTED, REDACTED_EMAIL } from '../redaction/redaction-rules';
import { pinoRedaction } from './pino-redaction';

// Its name stays on the prototype (as for most errors): the class name must come from pino.
class PaymentRefusedError extends Error {
  token = 'tok-123';
}

const SECRET_MESSAGE = 'card of ada@example.com refused, sent with Bearer abc.def';
const REDACTED_MESSAGE = `card of ${REDACTED_EMAIL} refused, sent with Bearer [REDACTED]`;

/** A pino destination keeping each written line, parsed. */
function lines(): { write(line: string): void; written: Record<string, unknown>[] } {
  const written: Record<string, unknown>[] = [];
  return { written, write: (line) => written.push(JSON.parse(line) as Record<string, unknown>) };
}

describe(pinoRedaction.name, () => {
  it('writes a logged error with its class name and without its secrets', () => {
    const out = lines();
    pino(pinoRedaction(DEFAULT_REDACTION_RULES), out).error(
      { err: new PaymentRefusedError(SECRET_MESSAGE) },
      'payment failed',
    );
    expect(out.written[0].err).toMatchObject({
      type: 'PaymentRefusedError',
      message: REDACTED_MESSAGE,
      stack: expect.stringMatching(
        new RegExp(`^Error: ${REDACTED_MESSAGE.replace(/[[\]]/g, '\\$&')}`),
      ),
      token: REDACTED,
    });
  });

  // pino-http serializes the error itself and hands the result to the custom serializer.
  it('does the same for the error pino-http writes on a request line (res.err)', () => {
    const out = lines();
    const log = pinoHttp({ ...pinoRedaction(DEFAULT_REDACTION_RULES), quietReqLogger: true }, out);
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    log(request, response);
    response.statusCode = 402;
    response.err = new PaymentRefusedError(SECRET_MESSAGE);
    response.emit('finish');
    expect(out.written[0].err).toMatchObject({
      type: 'PaymentRefusedError',
      message: REDACTED_MESSAGE,
      token: REDACTED,
    });
    expect(JSON.stringify(out.written[0])).not.toMatch(/ada@example\.com|abc\.def|tok-123/);
  });

  it('leaves an error as pino writes it when redaction is off', () => {
    const out = lines();
    pino(pinoRedaction(undefined), out).error({ err: new PaymentRefusedError(SECRET_MESSAGE) });
    expect(out.written[0].err).toMatchObject({
      type: 'PaymentRefusedError',
      message: SECRET_MESSAGE,
    });
  });
});
