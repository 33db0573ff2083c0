import type { Response } from 'express';
import type { SpanBatch } from '../../model/span-batch';
import { ExportTraceServiceResponse, RpcStatus } from './otlp-schema';

export const OTLP_PROTOBUF = 'application/x-protobuf';
export const OTLP_JSON = 'application/json';
/** The request media types the OTLP listener reads (its raw body parser takes only these). */
export const OTLP_MEDIA_TYPES = [OTLP_PROTOBUF, OTLP_JSON];

/** google.rpc.Code values used in OTLP/HTTP error bodies. */
export const RpcCode = { InvalidArgument: 3, ResourceExhausted: 8, Internal: 13 } as const;
export type RpcCodeValue = (typeof RpcCode)[keyof typeof RpcCode];

/** OTLP/HTTP §Full Success / §Partial Success: 200 with an ExportTraceServiceResponse. */
export function sendExportSuccess(response: Response, json: boolean, batch: SpanBatch): void {
  const partialSuccess =
    batch.rejected > 0
      ? {
          rejectedSpans: batch.rejected,
          errorMessage: `${batch.rejected} span(s) rejected: ${[...batch.rejectReasons].join(', ')}`,
        }
      : undefined;
  if (json) {
    // proto3 JSON writes int64 as a string.
    const body = partialSuccess
      ? { partialSuccess: { ...partialSuccess, rejectedSpans: String(batch.rejected) } }
      : {};
    response.status(200).type(OTLP_JSON).send(JSON.stringify(body));
    return;
  }
  const message = ExportTraceServiceResponse.create(partialSuccess ? { partialSuccess } : {});
  response
    .status(200)
    .type(OTLP_PROTOBUF)
    .send(Buffer.from(ExportTraceServiceResponse.encode(message).finish()));
}

/** An OTLP/HTTP failure: the HTTP status, and the google.rpc.Status to answer with. */
export interface RpcFailure {
  status: number;
  code: RpcCodeValue;
  message: string;
}

/** OTLP/HTTP §Failures: a google.rpc.Status in the request's encoding. */
export function sendRpcStatus(
  response: Response,
  json: boolean,
  { status, code, message }: RpcFailure,
): void {
  if (json) {
    response.status(status).type(OTLP_JSON).send(JSON.stringify({ code, message }));
    return;
  }
  const body = RpcStatus.encode(RpcStatus.create({ code, message })).finish();
  response.status(status).type(OTLP_PROTOBUF).send(Buffer.from(body));
}
