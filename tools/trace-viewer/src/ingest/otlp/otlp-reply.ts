import type { Response } from 'express';
import type { IngestBatch } from '../../model/ingest-batch';
import { RpcStatus } from './otlp-schema';
import type { OtlpSignal } from './otlp-signal';

export const OTLP_PROTOBUF = 'application/x-protobuf';
export const OTLP_JSON = 'application/json';
/** The request media types the OTLP listener reads (its raw body parser takes only these). */
export const OTLP_MEDIA_TYPES = [OTLP_PROTOBUF, OTLP_JSON];

/** google.rpc.Code values used in OTLP/HTTP error bodies. */
export const RpcCode = { InvalidArgument: 3, ResourceExhausted: 8, Internal: 13 } as const;
export type RpcCodeValue = (typeof RpcCode)[keyof typeof RpcCode];

/** OTLP/HTTP §Full Success / §Partial Success: 200 with the signal's ExportXServiceResponse. */
export function sendExportSuccess(
  response: Response,
  json: boolean,
  batch: IngestBatch,
  signal: OtlpSignal<IngestBatch>,
): void {
  const { rejected } = batch;
  const errorMessage =
    rejected > 0
      ? `${rejected} ${signal.item}(s) rejected: ${[...batch.rejectReasons].join(', ')}`
      : undefined;
  if (json) {
    // proto3 JSON writes int64 as a string.
    const body = errorMessage
      ? { partialSuccess: { [signal.rejectedField]: String(rejected), errorMessage } }
      : {};
    response.status(200).type(OTLP_JSON).send(JSON.stringify(body));
    return;
  }
  const { response: type } = signal;
  const message = type.create(
    errorMessage ? { partialSuccess: { [signal.rejectedField]: rejected, errorMessage } } : {},
  );
  response
    .status(200)
    .type(OTLP_PROTOBUF)
    .send(Buffer.from(type.encode(message).finish()));
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
