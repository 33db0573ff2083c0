/** A v1 query API failure, answered in Jaeger's envelope with errors[{code,msg}]. */
export class JaegerApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
