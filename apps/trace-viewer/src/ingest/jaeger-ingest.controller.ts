import { Controller, HttpCode, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { VIEWER_CONFIG } from '../common/viewer-tokens';
import { ViewerConfig } from '../config/viewer-config';
import { ThriftDecodeError, decodeJaegerThrift } from '../jaeger-thrift/jaeger-thrift-decoder';
import { TraceStore } from '../store/trace-store';
import { readBody } from './body-reader';
import { HttpFailure } from './http-failure';
import { mediaTypeOf } from './media-type';

const THRIFT_TYPES = new Set(['application/x-thrift', 'application/vnd.apache.thrift.binary']);

/** Jaeger collector's HTTP endpoint: POST /api/traces with a Thrift jaeger.Batch. */
@Controller()
export class JaegerIngestController {
  private readonly logger = new Logger(JaegerIngestController.name);

  constructor(
    @Inject(TraceStore) private readonly store: TraceStore,
    @Inject(VIEWER_CONFIG) private readonly config: ViewerConfig,
  ) {}

  @Post('api/traces')
  @HttpCode(202)
  async submit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const type = mediaTypeOf(request.headers['content-type']);
    if (!THRIFT_TYPES.has(type)) {
      request.resume();
      response.status(415).type('text/plain').send(`Unsupported content type: ${type}\n`);
      return;
    }
    try {
      const body = await readBody(request, this.config.maxBodyBytes);
      this.store.add(decodeJaegerThrift(body, this.store.interner));
      // Jaeger's collector answers 202 Accepted with an empty body.
      response.status(202).end();
    } catch (error) {
      if (error instanceof HttpFailure) {
        if (error.status === 413) response.setHeader('Connection', 'close');
        response.status(error.status).type('text/plain').send(`${error.message}\n`);
      } else if (error instanceof ThriftDecodeError) {
        response
          .status(400)
          .type('text/plain')
          .send(`Unable to process request body: ${error.message}\n`);
      } else {
        this.logger.error(`Thrift ingest failed: ${(error as Error).stack ?? String(error)}`);
        response.status(500).type('text/plain').send('internal error while storing spans\n');
      }
    }
  }
}
