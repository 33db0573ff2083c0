import { OtlpDecodeError } from './otlp-decode.error';
import { otlpDecoder } from './otlp-decoder';
import { otlpProtoCodec } from './otlp-proto.codec';

/** Decodes an OTLP/HTTP protobuf body. */
export const decodeOtlpProtobuf = otlpDecoder(otlpProtoCodec, (body: Uint8Array, { request }) => {
  try {
    return request.decode(body);
  } catch (error) {
    throw new OtlpDecodeError(`invalid ${request.name} protobuf: ${(error as Error).message}`);
  }
});
