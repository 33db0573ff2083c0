/** Thrown for input that cannot be read as OTLP; the receiver answers 400 with the message. */
export class OtlpDecodeError extends Error {}
