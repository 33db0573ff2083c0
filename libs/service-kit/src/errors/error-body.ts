/** The JSON every service answers with on an error. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  /** The downstream service that failed, when the error came from another hop. */
  hop?: string;
  /** The trace this request belongs to, to find it in the trace viewer. */
  traceId?: string;
}
