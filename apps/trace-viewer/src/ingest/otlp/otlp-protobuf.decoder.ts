import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import { OtlpDecodeError } from './otlp-decode.error';
import { otlpProtoCodec } from './otlp-proto.codec';
import { ExportTraceServiceRequest } from './otlp-schema';
import { type ExportRequestLike, OtlpSpanReader } from './otlp-span.reader';

/** Decodes an OTLP/HTTP protobuf body; throws OtlpDecodeError when it is not one. */
export function decodeOtlpProtobuf(body: Uint8Array, interner: ModelInterner): SpanBatch {
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
