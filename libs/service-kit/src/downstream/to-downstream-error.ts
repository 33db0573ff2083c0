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
 * Classifies an answer from `hop` that is not 2xx: 404 and 409 pass through with the hop's own
 * message, any other status becomes 502 naming the hop and what it said.
 */
export function downstreamAnswerError(hop: string, status: number, data: unknown): DownstreamError {
  const detail = downstreamMessage(data) ?? `HTTP ${status}`;
  if (PASSED_THROUGH.has(status)) return new DownstreamError(hop, status, detail, data);
  return new DownstreamError(
    hop,
    HttpStatus.BAD_GATEWAY,
    `${hop} answered ${status}: ${detail}`,
    data,
  );
}

/**
 * Classifies a failed call to `hop`: an answer as downstreamAnswerError does, an unreachable
 * service 503 and a timeout 504, anything else 502, each with a message naming the hop.
 */
export function toDownstreamError(hop: string, error: unknown): DownstreamError {
  if (!isAxiosError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new DownstreamError(hop, HttpStatus.BAD_GATEWAY, `${hop} call failed: ${message}`);
  }
  if (error.response) return downstreamAnswerError(hop, error.response.status, error.response.data);
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
