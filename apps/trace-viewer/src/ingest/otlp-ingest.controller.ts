import { Controller, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { VIEWER_CONFIG } from '../common/viewer-tokens';
import { ViewerConfig } from '../config/viewer-config';
import { OtlpDecodeError } from '../otlp/otlp-codec';
import { decodeOtlpJson, decodeOtlpProtobuf } from '../otlp/otlp-decoder';
import { ExportTraceServiceResponse, RpcStatus } from '../otlp/otlp-schema';
import { DecodedBatch } from '../store/decoded-batch';
import { TraceStore } from '../store/trace-store';
import { readBody } from './body-reader';
import { HttpFailure } from './http-failure';
import { mediaTypeOf } from './media-type';

const PROTOBUF = 'application/x-protobuf';
const JSON_TYPE = 'application/json';
// google.rpc.Code values used in OTLP/HTTP error bodies.
const INVALID_ARGUMENT = 3;
const RESOURCE_EXHAUSTED = 8;
const INTERNAL = 13;

/** OTLP/HTTP trace receiver: POST /v1/traces in protobuf or JSON, gzip or identity. */
@Controller()
export class OtlpIngestController {
  private readonly logger = new Logger(OtlpIngestController.name);

  constructor(
    @Inject(TraceStore) private readonly store: TraceStore,
    @Inject(VIEWER_CONFIG) private readonly config: ViewerConfig,
  ) {}

  @Post('v1/traces')
  async export(@Req() request: Request, @Res() response: Response): Promise<void> {
    const type = mediaTypeOf(request.headers['content-type']);
    if (type !== PROTOBUF && type !== JSON_TYPE) {
      request.resume();
      this.sendStatus(response, 415, true, INVALID_ARGUMENT, `unsupported Content-Type "${type}"`);
      return;
    }
    const json = type === JSON_TYPE;
    try {
      const body = await readBody(request, this.config.maxBodyBytes);
      const batch = json
        ? decodeOtlpJson(body, this.store.interner)
        : decodeOtlpProtobuf(body, this.store.interner);
      this.store.add(batch);
      this.sendSuccess(response, json, batch);
    } catch (error) {
      if (error instanceof HttpFailure) {
        const code = error.status === 413 ? RESOURCE_EXHAUSTED : INVALID_ARGUMENT;
        if (error.status === 413) response.setHeader('Connection', 'close');
        this.sendStatus(response, error.status, json, code, error.message);
      } else if (error instanceof OtlpDecodeError) {
        this.sendStatus(response, 400, json, INVALID_ARGUMENT, error.message);
      } else {
        this.logger.error(`OTLP ingest failed: ${(error as Error).stack ?? String(error)}`);
        this.sendStatus(response, 500, json, INTERNAL, 'internal error while storing spans');
      }
    }
  }

  /** OTLP/HTTP §Full Success / §Partial Success: 200 with an ExportTraceServiceResponse. */
  private sendSuccess(response: Response, json: boolean, batch: DecodedBatch): void {
    const partialSuccess =
      batch.rejected > 0
        ? {
            rejectedSpans: batch.rejected,
            errorMessage: `${batch.rejected} span(s) rejected: ${[...batch.rejectReasons].join(', ')}`,
          }
        : undefined;
    if (json) {
      const body = partialSuccess
        ? { partialSuccess: { ...partialSuccess, rejectedSpans: String(batch.rejected) } }
        : {};
      response.status(200).type(JSON_TYPE).send(JSON.stringify(body));
      return;
    }
    const message = ExportTraceServiceResponse.create(partialSuccess ? { partialSuccess } : {});
    response
      .status(200)
      .type(PROTOBUF)
      .send(Buffer.from(ExportTraceServiceResponse.encode(message).finish()));
  }

  /** OTLP/HTTP §Failures: a google.rpc.Status in the request's encoding. */
  private sendStatus(
    response: Response,
    status: number,
    json: boolean,
    code: number,
    message: string,
  ): void {
    if (json) {
      response.status(status).type(JSON_TYPE).send(JSON.stringify({ code, message }));
      return;
    }
    const body = RpcStatus.encode(RpcStatus.create({ code, message })).finish();
    response.status(status).type(PROTOBUF).send(Buffer.from(body));
  }
}
