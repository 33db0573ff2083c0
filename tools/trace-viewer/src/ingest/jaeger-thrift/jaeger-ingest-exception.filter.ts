import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { bodyReadFailure } from '../body-read-failure';
import { ThriftDecodeError } from './thrift-decode.error';

/** Answers every failure on the Jaeger Thrift port in plain text, as Jaeger's collector does. */
@Catch()
export class JaegerIngestExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(JaegerIngestExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const read = bodyReadFailure(exception, http.getRequest<Request>());
    if (read) {
      // A client that sent too much may still be sending: do not read the rest.
      if (read.status === 413) response.setHeader('Connection', 'close');
      this.send(response, read.status, read.message);
    } else if (exception instanceof ThriftDecodeError) {
      this.send(response, 400, `Unable to process request body: ${exception.message}`);
    } else if (exception instanceof HttpException && exception.getStatus() === 415) {
      this.send(response, 415, exception.message);
    } else if (exception instanceof HttpException) {
      // Unknown routes: Nest's own answer.
      response.status(exception.getStatus()).json(exception.getResponse());
    } else {
      this.logger.error(
        `Thrift ingest failed: ${(exception as Error)?.stack ?? String(exception)}`,
      );
      this.send(response, 500, 'internal error while storing spans');
    }
  }

  private send(response: Response, status: number, text: string): void {
    response.status(status).type('text/plain').send(`${text}\n`);
  }
}
