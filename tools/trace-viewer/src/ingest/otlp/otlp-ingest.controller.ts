import { Controller, Inject, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { IngestBatch } from '../../model/ingest-batch';
import { ModelInterner } from '../../model/model-interner';
import { LOG_SINK, type LogSink } from '../log-sink';
import { mediaTypeOf } from '../request-media-type';
import { SPAN_SINK, type SpanSink } from '../span-sink';
import { decodeOtlpJson } from './otlp-json.decoder';
import { decodeOtlpProtobuf } from './otlp-protobuf.decoder';
import { OTLP_JSON, OTLP_PROTOBUF, sendExportSuccess } from './otlp-reply';
import { OTLP_LOGS, OTLP_TRACES, type OtlpSignal } from './otlp-signal';

const NO_BODY = Buffer.alloc(0);

/**
 * OTLP/HTTP receiver: POST /v1/traces and /v1/logs, each in protobuf or JSON. The raw body parser
 * has read (and inflated) the body within the size limit; failures are answered as
 * OTLP_FAILURE_REPLY says.
 */
@Controller()
export class OtlpIngestController {
  constructor(
    @Inject(SPAN_SINK) private readonly spans: SpanSink,
    @Inject(LOG_SINK) private readonly logs: LogSink,
    @Inject(ModelInterner) private readonly interner: ModelInterner,
  ) {}

  @Post('v1/traces')
  exportTraces(@Req() request: Request, @Res() response: Response): void {
    this.receive(request, response, OTLP_TRACES, this.spans);
  }

  @Post('v1/logs')
  exportLogs(@Req() request: Request, @Res() response: Response): void {
    this.receive(request, response, OTLP_LOGS, this.logs);
  }

  private receive<Batch extends IngestBatch>(
    request: Request,
    response: Response,
    signal: OtlpSignal<Batch>,
    sink: { add(batch: Batch): void },
  ): void {
    const type = mediaTypeOf(request);
    if (type !== OTLP_PROTOBUF && type !== OTLP_JSON) {
      throw new UnsupportedMediaTypeException(`unsupported Content-Type "${type}"`);
    }
    // The body parser leaves no body at all for an empty request.
    const body = Buffer.isBuffer(request.body) ? request.body : NO_BODY;
    const json = type === OTLP_JSON;
    const batch = json
      ? decodeOtlpJson(body, this.interner, signal)
      : decodeOtlpProtobuf(body, this.interner, signal);
    sink.add(batch);
    sendExportSuccess(response, json, batch, signal);
  }
}
