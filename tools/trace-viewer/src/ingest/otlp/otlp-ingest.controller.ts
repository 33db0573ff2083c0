import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { IngestBatch } from '../../model/ingest-batch';
import { INGEST_PORT, type IngestPort } from '../ingest-port';
import { rawRequestOf } from '../raw-request';
import { decodeOtlpJson } from './otlp-json.decoder';
import { decodeOtlpProtobuf } from './otlp-protobuf.decoder';
import { OTLP_JSON, OTLP_MEDIA_TYPES, sendExportSuccess } from './otlp-reply';
import { OTLP_LOGS, OTLP_TRACES, type OtlpSignal } from './otlp-signal';

/**
 * OTLP/HTTP receiver: POST /v1/traces and /v1/logs, each in protobuf or JSON. The raw body parser
 * has read (and inflated) the body within the size limit; failures are answered as
 * OTLP_FAILURE_REPLY says.
 */
@Controller()
export class OtlpIngestController {
  constructor(@Inject(INGEST_PORT) private readonly ingest: IngestPort) {}

  @Post('v1/traces')
  exportTraces(@Req() request: Request, @Res() response: Response): void {
    this.receive(request, response, OTLP_TRACES, this.ingest.spans);
  }

  @Post('v1/logs')
  exportLogs(@Req() request: Request, @Res() response: Response): void {
    this.receive(request, response, OTLP_LOGS, this.ingest.logs);
  }

  private receive<Batch extends IngestBatch>(
    request: Request,
    response: Response,
    signal: OtlpSignal<Batch>,
    sink: { add(batch: Batch): void },
  ): void {
    const { type, body } = rawRequestOf(
      request,
      OTLP_MEDIA_TYPES,
      (refused) => `unsupported Content-Type "${refused}"`,
    );
    const json = type === OTLP_JSON;
    const { interner } = this.ingest;
    const batch = json
      ? decodeOtlpJson(body, interner, signal)
      : decodeOtlpProtobuf(body, interner, signal);
    sink.add(batch);
    sendExportSuccess(response, json, batch, signal);
  }
}
