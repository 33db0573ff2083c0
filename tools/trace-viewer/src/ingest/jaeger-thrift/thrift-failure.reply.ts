import { HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { ThriftDecodeError } from './thrift-decode.error';

/** Answers every failure on the Jaeger Thrift port in plain text, as Jaeger's collector does. */
export const THRIFT_FAILURE_REPLY = {
  name: 'JaegerIngest',
  expected(exception: unknown): { status: number; message: string } | undefined {
    if (exception instanceof ThriftDecodeError) {
      return { status: 400, message: `Unable to process request body: ${exception.message}` };
    }
    if (exception instanceof HttpException && exception.getStatus() === 415) {
      return { status: 415, message: exception.message };
    }
    return undefined;
  },
  unexpected(): { log: string; message: string } {
    return { log: 'Thrift ingest failed', message: 'internal error while storing spans' };
  },
  send(
    response: Response,
    _request: unknown,
    { status, message }: { status: number; message: string },
  ): void {
    response.status(status).type('text/plain').send(`${message}\n`);
  },
};
