import { HttpStatus } from '@nestjs/common';
import { isAxiosError } from 'axios';
import { DownstreamError } from '../errors/downstream.error';

/** Statuses a caller passes on as they are: they describe the caller's request, not a failure. */
const PASSED_THROUGH = new Set<number>([HttpStatus.NOT_FOUND, HttpStatus.CONFLICT]);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ECONNRESET',
  'EAI_AGAIN',
  'EPIPE',
]);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT']);

function downstreamMessage(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && 'message' in data) {
    const { message } = data;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
  }
  return undefined;
}

/**
 * Classifies a failed call to `hop`: 404/409 pass through, other answers become 502, an
 * unreachable service 503 and a timeout 504, each with a message naming the hop.
 */
export function toDownstreamError(hop: string, error: unknown): DownstreamError {
  if (!isAxiosError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new DownstreamError(hop, HttpStatus.BAD_GATEWAY, `${hop} call failed: ${message}`);
  }
  const response = error.response;
  if (response) {
    const detail = downstreamMessage(response.data) ?? `HTTP ${response.status}`;
    if (PASSED_THROUGH.has(response.status)) {
      return new DownstreamError(hop, response.status, detail, response.data);
    }
    return new DownstreamError(
      hop,
      HttpStatus.BAD_GATEWAY,
      `${hop} answered ${response.status}: ${detail}`,
      response.data,
    );
  }
  const code = error.code ?? '';
  if (TIMEOUT_CODES.has(code)) {
    return new DownstreamError(
      hop,
      HttpStatus.GATEWAY_TIMEOUT,
      `${hop} did not answer within ${error.config?.timeout ?? '?'} ms`,
    );
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new DownstreamError(
      hop,
      HttpStatus.SERVICE_UNAVAILABLE,
      `${hop} is unreachable (${code})`,
    );
  }
  return new DownstreamError(hop, HttpStatus.BAD_GATEWAY, `${hop} call failed: ${error.message}`);
}
