import type { IngestBatch } from '../../model/ingest-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import { OtlpDecodeError } from './otlp-decode.error';
import { otlpProtoCodec } from './otlp-proto.codec';
import { OTLP_TRACES, type OtlpSignal } from './otlp-signal';

/**
 * Decodes an OTLP/HTTP protobuf body (an ExportTraceServiceRequest unless another signal is
 * given); throws OtlpDecodeError when it is not one.
 */
export function decodeOtlpProtobuf(body: Uint8Array, interner: ModelInterner): SpanBatch;
export function decodeOtlpProtobuf<Batch extends IngestBatch>(
  body: Uint8Array,
  interner: ModelInterner,
  signal: OtlpSignal<Batch>,
): Batch;
export function decodeOtlpProtobuf(
  body: Uint8Array,
  interner: ModelInterner,
  signal: OtlpSignal<IngestBatch> = OTLP_TRACES,
): IngestBatch {
  let message: unknown;
  try {
    message = signal.request.decode(body);
  } catch (error) {
    throw new OtlpDecodeError(
      `invalid ${signal.request.name} protobuf: ${(error as Error).message}`,
    );
  }
  return signal.read(message, otlpProtoCodec, interner);
}
