import { OtlpDecodeError } from './otlp-decode.error';
import { otlpDecoder } from './otlp-decoder';
import { otlpJsonCodec } from './otlp-json.codec';

/**
 * Decodes an OTLP/HTTP JSON body. The workspace's one OTLP/JSON reader: the e2e tests' receiver
 * reads with it too.
 */
export const decodeOtlpJson = otlpDecoder(otlpJsonCodec, (body: Buffer) => {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch (error) {
    throw new OtlpDecodeError(`invalid JSON: ${(error as Error).message}`);
  }
});
