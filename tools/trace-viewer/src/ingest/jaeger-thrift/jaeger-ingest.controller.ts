import { Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { INGEST_PORT, type IngestPort } from '../ingest-port';
import { rawRequestOf } from '../raw-request';
import { decodeJaegerThrift } from './jaeger-thrift.decoder';

/** The request media types Jaeger's collector reads (the raw body parser takes only these). */
export const THRIFT_MEDIA_TYPES = ['application/x-thrift', 'application/vnd.apache.thrift.binary'];

/**
 * Jaeger collector's HTTP endpoint: POST /api/traces with a Thrift jaeger.Batch. Failures are
 * answered as THRIFT_FAILURE_REPLY says.
 */
@Controller()
export class JaegerIngestController {
  constructor(@Inject(INGEST_PORT) private readonly ingest: IngestPort) {}

  // Jaeger's collector answers 202 Accepted with an empty body.
  @Post('api/traces')
  @HttpCode(202)
  submit(@Req() request: Request): void {
    const { body } = rawRequestOf(
      request,
      THRIFT_MEDIA_TYPES,
      (type) => `Unsupported content type: ${type}`,
    );
    this.ingest.spans.add(decodeJaegerThrift(body, this.ingest.interner));
  }
}
