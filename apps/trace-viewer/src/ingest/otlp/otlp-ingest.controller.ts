import { Controller, Inject, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ModelInterner } from '../../model/model-interner';
import { mediaTypeOf } from '../request-media-type';
import { SPAN_SINK, type SpanSink } from '../span-sink';
import { decodeOtlpJson } from './otlp-json.decoder';
import { decodeOtlpProtobuf } from './otlp-protobuf.decoder';
import { OTLP_JSON, OTLP_PROTOBUF, sendExportSuccess } from './otlp-reply';

const NO_BODY = Buffer.alloc(0);

/**
 * OTLP/HTTP trace receiver: POST /v1/traces in protobuf or JSON. The raw body parser has read
 * (and inflated) the body within the size limit; failures are answered by OtlpExceptionFilter.
 */
@Controller()
export class OtlpIngestController {
  constructor(
    @Inject(SPAN_SINK) private readonly sink: SpanSink,
    @Inject(ModelInterner) private readonly interner: ModelInterner,
  ) {}

  @Post('v1/traces')
  export(@Req() request: Request, @Res() response: Response): void {
    const type = mediaTypeOf(request);
    if (type !== OTLP_PROTOBUF && type !== OTLP_JSON) {
      throw new UnsupportedMediaTypeException(`unsupported Content-Type "${type}"`);
    }
    // The body parser leaves no body at all for an empty request.
    const body = Buffer.isBuffer(request.body) ? request.body : NO_BODY;
    const json = type === OTLP_JSON;
    const batch = json
      ? decodeOtlpJson(body, this.interner)
      : decodeOtlpProtobuf(body, this.interner);
    this.sink.add(batch);
    sendExportSuccess(response, json, batch);
  }
}
