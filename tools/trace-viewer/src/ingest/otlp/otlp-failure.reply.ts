import { HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mediaTypeOf } from '../request-media-type';
import { OtlpDecodeError } from './otlp-decode.error';
import { OTLP_PROTOBUF, RpcCode, type RpcCodeValue, sendRpcStatus } from './otlp-reply';

/** The google.rpc.Code of an HTTP failure status. */
function rpcCodeOf(status: number): RpcCodeValue {
  if (status === 413) return RpcCode.ResourceExhausted;
  return status >= 500 ? RpcCode.Internal : RpcCode.InvalidArgument;
}

/**
 * Answers every failure on the OTLP port as OTLP/HTTP asks (§Failures): a google.rpc.Status in the
 * request's encoding, INVALID_ARGUMENT for a bad request, RESOURCE_EXHAUSTED for one too large.
 */
export const OTLP_FAILURE_REPLY = {
  name: 'OtlpIngest',
  expected(exception: unknown): { status: number; message: string } | undefined {
    if (exception instanceof OtlpDecodeError) return { status: 400, message: exception.message };
    if (exception instanceof HttpException && exception.getStatus() === 415) {
      return { status: 415, message: exception.message };
    }
    return undefined;
  },
  unexpected(request: Request): { log: string; message: string } {
    return {
      log: 'OTLP ingest failed',
      message: `internal error while storing the export to ${request.path}`,
    };
  },
  send(
    response: Response,
    request: Request,
    { status, message }: { status: number; message: string },
  ): void {
    // Protobuf for a protobuf request; JSON for any other, unsupported types included.
    const json = mediaTypeOf(request) !== OTLP_PROTOBUF;
    sendRpcStatus(response, json, { status, code: rpcCodeOf(status), message });
  },
};
