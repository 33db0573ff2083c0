/** Thrown for a body that is not a binary-protocol jaeger.Batch; the collector answers 400. */
export class ThriftDecodeError extends Error {}
