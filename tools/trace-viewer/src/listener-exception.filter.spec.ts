import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  type Failure,
  type FailureReply,
  ListenerExceptionFilter,
} from './listener-exception.filter';

/** A layer error that carries a status, as the query APIs' ApiError does. */
class StatusError extends Error {
  constructor(readonly status: number) {
    super('parameter is required');
  }
}

/** Writes each failure down, and knows StatusError as its own. */
class RecordingReply implements FailureReply {
  readonly name = 'Test';
  readonly sent: Failure[] = [];
  expected(exception: unknown): Failure | undefined {
    return exception instanceof StatusError
      ? { status: exception.status, message: exception.message }
      : undefined;
  }
  unexpected(): { log: string; message: string } {
    return { log: 'test failed', message: 'internal error' };
  }
  send(_response: Response, _request: Request, failure: Failure): void {
    this.sent.push(failure);
  }
}

function answer(exception: unknown) {
  const reply = new RecordingReply();
  const headers: Record<string, string> = {};
  const json: unknown[] = [];
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (headers[name] = value),
    status: () => response,
    json: (body: unknown) => json.push(body),
  };
  const request = { headers: {}, method: 'POST', path: '/x' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ListenerExceptionFilter(reply).catch(exception, host);
  return { sent: reply.sent, headers, json };
}

describe(ListenerExceptionFilter.name, () => {
  it("answers the layer's own errors as the layer says, even one carrying a parser's 400", () => {
    expect(answer(new StatusError(400)).sent).toEqual([
      { status: 400, message: 'parameter is required' },
    ]);
  });

  it('answers a body past the limit 413 and closes the connection', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      type: 'entity.too.large',
      status: 413,
      limit: 10,
    });
    const { sent, headers } = answer(tooLarge);
    expect(sent).toEqual([{ status: 413, message: 'request body exceeds the limit of 10 bytes' }]);
    expect(headers.Connection).toBe('close');
  });

  it("leaves an unknown route to Nest's own answer, and answers anything else 500", () => {
    expect(answer(new NotFoundException('Cannot GET /x'))).toMatchObject({
      sent: [],
      json: [{ statusCode: 404, message: 'Cannot GET /x' }],
    });
    expect(answer(new UnsupportedMediaTypeException('no')).sent).toEqual([]);
    expect(answer(new TypeError('boom')).sent).toEqual([
      { status: 500, message: 'internal error' },
    ]);
  });
});
