import { parse } from 'content-type';
import type { Request } from 'express';

/** The request's media type, lower-cased and without parameters; '' when absent or malformed. */
export function mediaTypeOf(request: Request): string {
  try {
    return parse(request.headers['content-type'] ?? '').type;
  } catch {
    return '';
  }
}
