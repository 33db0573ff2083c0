import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from './api.error';
import { errorEnvelope } from './jaeger-v1/jaeger-envelope';

/** Maps every failure on the query port to the error shape of the API that was called. */
@Catch()
export class QueryExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(QueryExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) {
      response.end();
      return;
    }
    let status = 500;
    let message = 'internal error';
    if (exception instanceof ApiError) {
      status = exception.status;
      message = exception.message;
    } else if (exception instanceof HttpException) {
      // Only the router throws Nest's own exceptions here: 404 for a path nothing serves.
      status = exception.getStatus();
      message =
        status === 404 ? `no route for ${request.method} ${request.path}` : exception.message;
    } else {
      this.logger.error(
        `${request.method} ${request.originalUrl} failed: ${(exception as Error)?.stack ?? String(exception)}`,
      );
    }
    if (request.path.startsWith('/api/v3/')) {
      response.status(status).json({ error: { httpCode: status, message } });
    } else {
      response.status(status).json(errorEnvelope(status, message));
    }
  }
}
