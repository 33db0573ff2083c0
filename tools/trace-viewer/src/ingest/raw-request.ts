import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { mediaTypeOf } from './request-media-type';

const NO_BODY = Buffer.alloc(0);

/** An ingest request as the raw body parser left it. */
export interface RawRequest {
  /** Its media type, lower-cased and without parameters. */
  type: string;
  body: Buffer;
}

/**
 * The media type and raw body of an ingest request, or a 415 saying `refusal(type)` when the
 * listener does not read that type. The body parser leaves no body at all for an empty request.
 */
export function rawRequestOf(
  request: Request,
  accepted: readonly string[],
  refusal: (type: string) => string,
): RawRequest {
  const type = mediaTypeOf(request);
  if (!accepted.includes(type)) throw new UnsupportedMediaTypeException(refusal(type));
  return { type, body: Buffer.isBuffer(request.body) ? request.body : NO_BODY };
}
