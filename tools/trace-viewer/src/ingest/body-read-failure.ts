import { HttpException } from '@nestjs/common';
import type { Request } from 'express';

/** The fields of the http-errors that Nest's raw body parser (body-parser, raw-body) raises. */
interface BodyParserError extends Error {
  status?: number;
  type?: string;
  limit?: number;
  encoding?: string;
  code?: string;
}

/** How to answer a request whose body could not be read. */
export interface BodyReadFailure {
  status: 400 | 413 | 415;
  message: string;
}

/**
 * Turns the body parser's errors into the status and message to answer with: 413 past the size
 * limit (on the wire or, for a gzip bomb, once inflated), 415 for an unknown Content-Encoding, 400
 * for a body that does not inflate or a request cut short. Undefined for any other error.
 */
export function bodyReadFailure(exception: unknown, request: Request): BodyReadFailure | undefined {
  if (!(exception instanceof Error) || exception instanceof HttpException) return undefined;
  const error = exception as BodyParserError;
  if (error.type === 'entity.too.large') {
    return { status: 413, message: `request body exceeds the limit of ${error.limit} bytes` };
  }
  if (error.type === 'encoding.unsupported') {
    return { status: 415, message: `unsupported Content-Encoding "${error.encoding}"` };
  }
  if (error.status !== 400) return undefined;
  // zlib's errors (Z_DATA_ERROR, Z_BUF_ERROR) reach here with the parser's 400 on them.
  if (error.code?.startsWith('Z_')) {
    const encoding = request.headers['content-encoding'] ?? 'compressed';
    return { status: 400, message: `invalid ${encoding} body: ${error.message}` };
  }
  return { status: 400, message: `could not read body: ${error.message}` };
}
