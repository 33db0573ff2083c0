import {
  Controller,
  HttpCode,
  Inject,
  Post,
  Req,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { Request } from 'express';
import { ModelInterner } from '../../model/model-interner';
import { mediaTypeOf } from '../request-media-type';
import { SPAN_SINK, type SpanSink } from '../span-sink';
import { decodeJaegerThrift } from './jaeger-thrift.decoder';

/** The request media types Jaeger's collector reads (the raw body parser takes only these). */
export const THRIFT_MEDIA_TYPES = ['application/x-thrift', 'application/vnd.apache.thrift.binary'];

const NO_BODY = Buffer.alloc(0);

/**
 * Jaeger collector's HTTP endpoint: POST /api/traces with a Thrift jaeger.Batch. Failures are
 * answered as THRIFT_FAILURE_REPLY says.
 */
@Controller()
export class JaegerIngestController {
  constructor(
    @Inject(SPAN_SINK) private readonly sink: SpanSink,
    @Inject(ModelInterner) private readonly interner: ModelInterner,
  ) {}

  // Jaeger's collector answers 202 Accepted with an empty body.
  @Post('api/traces')
  @HttpCode(202)
  submit(@Req() request: Request): void {
    const type = mediaTypeOf(request);
    if (!THRIFT_MEDIA_TYPES.includes(type)) {
      throw new UnsupportedMediaTypeException(`Unsupported content type: ${type}`);
    }
    const body = Buffer.isBuffer(request.body) ? request.body : NO_BODY;
    this.sink.add(decodeJaegerThrift(body, this.interner));
  }
}
