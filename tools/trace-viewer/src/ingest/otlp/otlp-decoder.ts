import type { IngestBatch } from '../../model/ingest-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import type { OtlpCodec } from './otlp-codec';
import { OTLP_TRACES, type OtlpSignal } from './otlp-signal';

/**
 * Decodes an OTLP/HTTP body of one encoding (an ExportTraceServiceRequest unless another signal
 * is given); throws OtlpDecodeError when it is not one.
 */
export interface OtlpDecoder<Body> {
  (body: Body, interner: ModelInterner): SpanBatch;
  <Batch extends IngestBatch>(
    body: Body,
    interner: ModelInterner,
    signal: OtlpSignal<Batch>,
  ): Batch;
}

/**
 * An encoding's decoder: `parse` turns the body into the loosely typed message (throwing
 * OtlpDecodeError when it cannot), `codec` reads that message's fields.
 */
export function otlpDecoder<Body>(
  codec: OtlpCodec,
  parse: (body: Body, signal: OtlpSignal<IngestBatch>) => unknown,
): OtlpDecoder<Body> {
  return ((body: Body, interner: ModelInterner, signal: OtlpSignal<IngestBatch> = OTLP_TRACES) =>
    signal.read(parse(body, signal), codec, interner)) as OtlpDecoder<Body>;
}
