import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import { OtlpDecodeError } from './otlp-decode.error';
import { otlpJsonCodec } from './otlp-json.codec';
import { type ExportRequestLike, OtlpSpanReader } from './otlp-span.reader';

/**
 * Decodes an OTLP/HTTP JSON body (an ExportTraceServiceRequest); throws OtlpDecodeError when it is
 * not one. The workspace's one OTLP/JSON reader: the e2e tests' receiver reads with it too.
 */
export function decodeOtlpJson(body: Buffer, interner: ModelInterner): SpanBatch {
  let message: unknown;
  try {
    message = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new OtlpDecodeError(`invalid JSON: ${(error as Error).message}`);
  }
  return new OtlpSpanReader(otlpJsonCodec, interner).read(message as ExportRequestLike);
}
