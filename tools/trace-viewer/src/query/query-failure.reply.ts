import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from './api.error';
import { errorEnvelope } from './jaeger-v1/jaeger-envelope';

/** Answers every failure on the query port in the error shape of the API that was called. */
export const QUERY_FAILURE_REPLY = {
  name: 'QueryApi',
  expected(exception: unknown, request: Request): { status: number; message: string } | undefined {
    if (exception instanceof ApiError)
      return { status: exception.status, message: exception.message };
    if (exception instanceof HttpException) {
      // Only the router throws Nest's own exceptions here: 404 for a path nothing serves.
      const status = exception.getStatus();
      const message =
        status === 404 ? `no route for ${request.method} ${request.path}` : exception.message;
      return { status, message };
    }
    return undefined;
  },
  unexpected(request: Request): { log: string; message: string } {
    return { log: `${request.method} ${request.originalUrl} failed`, message: 'internal error' };
  },
  send(
    response: Response,
    request: Request,
    { status, message }: { status: number; message: string },
  ): void {
    if (request.path.startsWith('/api/v3/')) {
      response.status(status).json({ error: { httpCode: status, message } });
    } else {
      response.status(status).json(errorEnvelope(status, message));
    }
  },
};
