import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { bodyReadFailure } from './ingest/body-read-failure';

/** A failure as a listener answers it: the HTTP status and what to say. */
export interface Failure {
  status: number;
  message: string;
}

/** How one listener answers failures, in its own protocol. */
export interface FailureReply {
  /** The context its unexpected failures are logged under. */
  readonly name: string;
  /** A failure its layer raises on purpose (a body that does not decode, a bad query), if it is one. */
  expected(exception: unknown, request: Request): Failure | undefined;
  /** What to log an unexpected failure as, and answer with (a 500). */
  unexpected(request: Request): { log: string; message: string };
  send(response: Response, request: Request, failure: Failure): void;
}

/**
 * The one exception filter of the viewer's three listeners: a body the parser could not read, a
 * failure the layer expects, an unknown route or an unexpected error, each answered in the
 * listener's protocol by its FailureReply.
 */
@Catch()
export class ListenerExceptionFilter implements ExceptionFilter {
  private readonly logger: Logger;

  constructor(private readonly reply: FailureReply) {
    this.logger = new Logger(reply.name);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    // The layer's own errors first: a query API's ApiError carries a 400 as the parser's do.
    const failure = this.reply.expected(exception, request) ?? bodyReadFailure(exception, request);
    // A client that sent too much may still be sending: do not read the rest.
    if (failure?.status === 413) response.setHeader('Connection', 'close');
    if (failure) {
      this.reply.send(response, request, failure);
    } else if (exception instanceof HttpException) {
      // Unknown routes: Nest's own answer.
      response.status(exception.getStatus()).json(exception.getResponse());
    } else {
      const { log, message } = this.reply.unexpected(request);
      this.logger.error(`${log}: ${(exception as Error)?.stack ?? String(exception)}`);
      this.reply.send(response, request, { status: 500, message });
    }
  }
}
