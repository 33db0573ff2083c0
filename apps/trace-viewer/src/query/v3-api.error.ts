/** An api_v3 failure, answered as {"error":{"httpCode","message"}}. */
export class V3ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
