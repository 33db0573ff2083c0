import { DecodedBatch } from '../store/decoded-batch';
import { ModelInterner } from '../store/model-interner';
import { OtlpDecodeError } from './otlp-codec';
import { otlpJsonCodec } from './otlp-json-codec';
import { otlpProtoCodec } from './otlp-proto-codec';
import { ExportTraceServiceRequest } from './otlp-schema';
import { ExportRequestLike, OtlpSpanReader } from './otlp-span-reader';

/** Decodes an OTLP/HTTP protobuf body; throws OtlpDecodeError when it is not one. */
export function decodeOtlpProtobuf(body: Uint8Array, interner: ModelInterner): DecodedBatch {
  let message: ExportRequestLike;
  try {
    message = ExportTraceServiceRequest.decode(body) as ExportRequestLike;
  } catch (error) {
    throw new OtlpDecodeError(
      `invalid ExportTraceServiceRequest protobuf: ${(error as Error).message}`,
    );
  }
  return new OtlpSpanReader(otlpProtoCodec, interner).read(message);
}

/** Decodes an OTLP/HTTP JSON body; throws OtlpDecodeError when it is not one. */
export function decodeOtlpJson(body: Buffer, interner: ModelInterner): DecodedBatch {
  let message: unknown;
  try {
    message = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new OtlpDecodeError(`invalid JSON: ${(error as Error).message}`);
  }
  return new OtlpSpanReader(otlpJsonCodec, interner).read(message as ExportRequestLike);
}
