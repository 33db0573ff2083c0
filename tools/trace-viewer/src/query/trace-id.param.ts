import { parseTraceId } from '../model/trace-id';
import { ApiError } from './api.error';

/** A trace id from a path parameter (hex or base64, as Jaeger takes it); a 400 when malformed. */
export function traceIdParam(rawId: string): string {
  const traceId = parseTraceId(rawId);
  if (!traceId) throw new ApiError(400, `cannot parse traceID param: invalid trace id "${rawId}"`);
  return traceId;
}
