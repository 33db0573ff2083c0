import type { IngestBatch } from '../../model/ingest-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import { OtlpDecodeError } from './otlp-decode.error';
import { otlpJsonCodec } from './otlp-json.codec';
import { OTLP_TRACES, type OtlpSignal } from './otlp-signal';

/**
 * Decodes an OTLP/HTTP JSON body (an ExportTraceServiceRequest unless another signal is given);
 * throws OtlpDecodeError when it is not one. The workspace's one OTLP/JSON reader: the e2e tests'
 * receiver reads with it too.
 */
export function decodeOtlpJson(body: Buffer, interner: ModelInterner): SpanBatch;
export function decodeOtlpJson<Batch extends IngestBatch>(
  body: Buffer,
  interner: ModelInterner,
  signal: OtlpSignal<Batch>,
): Batch;
export function decodeOtlpJson(
  body: Buffer,
  interner: ModelInterner,
  signal: OtlpSignal<IngestBatch> = OTLP_TRACES,
): IngestBatch {
  let message: unknown;
  try {
    message = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new OtlpDecodeError(`invalid JSON: ${(error as Error).message}`);
  }
  return signal.read(message, otlpJsonCodec, interner);
}
