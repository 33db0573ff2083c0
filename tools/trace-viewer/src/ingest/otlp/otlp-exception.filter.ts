import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { bodyReadFailure } from '../body-read-failure';
import { mediaTypeOf } from '../request-media-type';
import { OtlpDecodeError } from './otlp-decode.error';
import { OTLP_PROTOBUF, RpcCode, sendRpcStatus } from './otlp-reply';

/**
 * Answers every failure on the OTLP port as OTLP/HTTP asks (§Failures): a google.rpc.Status in the
 * request's encoding, INVALID_ARGUMENT for a bad request, RESOURCE_EXHAUSTED for one too large.
 */
@Catch()
export class OtlpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(OtlpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    // Protobuf for a protobuf request; JSON for any other, unsupported types included.
    const json = mediaTypeOf(request) !== OTLP_PROTOBUF;
    const read = bodyReadFailure(exception, request);
    if (read) {
      // A client that sent too much may still be sending: do not read the rest.
      if (read.status === 413) response.setHeader('Connection', 'close');
      const code = read.status === 413 ? RpcCode.ResourceExhausted : RpcCode.InvalidArgument;
      sendRpcStatus(response, json, { ...read, code });
    } else if (exception instanceof OtlpDecodeError) {
      const { message } = exception;
      sendRpcStatus(response, json, { status: 400, code: RpcCode.InvalidArgument, message });
    } else if (exception instanceof HttpException && exception.getStatus() === 415) {
      const { message } = exception;
      sendRpcStatus(response, json, { status: 415, code: RpcCode.InvalidArgument, message });
    } else if (exception instanceof HttpException) {
      // Unknown routes: Nest's own answer.
      response.status(exception.getStatus()).json(exception.getResponse());
    } else {
      this.logger.error(`OTLP ingest failed: ${(exception as Error)?.stack ?? String(exception)}`);
      sendRpcStatus(response, json, {
        status: 500,
        code: RpcCode.Internal,
        message: `internal error while storing the export to ${request.path}`,
      });
    }
  }
}
