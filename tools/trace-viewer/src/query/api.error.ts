/**
 * A query API failure with the HTTP status to answer; QUERY_FAILURE_REPLY writes it in the shape
 * of the API that was called (Jaeger v1 envelope or api_v3 error).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
