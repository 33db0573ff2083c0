import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Response } from 'express';
import { InjectedFaultError } from '@app/faults';
import { DomainError } from './domain.error';
import { DownstreamError } from './downstream.error';
import type { ErrorBody } from './error-body';

/** Maps one domain error class to the HTTP status it answers with. */
export type DomainErrorStatus = readonly [
  abstract new (...args: never[]) => DomainError,
  HttpStatus,
];

interface BodyParserError {
  type: string;
  status: number;
  expose?: boolean;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join(' ')
    : 'Error';
}

/**
 * The one place an app turns exceptions into HTTP answers: domain errors by the app's own
 * mapping, downstream failures with the failing hop named, bad input as 400, anything unknown as
 * 500 logged with its trace id. Errors thrown inside a manual span were already recorded there;
 * the rest are recorded on the active (server) span, the span that saw them.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  constructor(private readonly domainStatuses: readonly DomainErrorStatus[] = []) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const span = trace.getActiveSpan();
    const spanContext = span?.spanContext();
    const body = this.toBody(exception, span);
    if (spanContext && trace.isSpanContextValid(spanContext)) body.traceId = spanContext.traceId;
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, span: Span | undefined): ErrorBody {
    if (exception instanceof DownstreamError) {
      return {
        statusCode: exception.status,
        error: reasonPhrase(exception.status),
        message: exception.message,
        hop: exception.hop,
      };
    }
    // Recorded already, on the span of the operation or route it struck.
    if (exception instanceof InjectedFaultError) {
      return {
        statusCode: exception.status,
        error: reasonPhrase(exception.status),
        message: exception.message,
      };
    }
    if (exception instanceof DomainError) {
      const mapped = this.domainStatuses.find(([errorClass]) => exception instanceof errorClass);
      if (mapped) {
        return {
          statusCode: mapped[1],
          error: reasonPhrase(mapped[1]),
          message: exception.message,
        };
      }
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const message =
        typeof payload === 'object' && payload !== null && 'message' in payload
          ? (payload as { message: string | string[] }).message
          : exception.message;
      // The validation details, not Nest's generic "Bad Request Exception", go on the span.
      span?.recordException({
        name: exception.name,
        message: Array.isArray(message) ? message.join('; ') : message,
        stack: exception.stack,
      });
      return { statusCode: status, error: reasonPhrase(status), message };
    }
    if (isBodyParserError(exception) && exception.status >= 400 && exception.status < 500) {
      span?.recordException(exception as unknown as Error);
      // Nest already turns malformed JSON into a BadRequestException; what reaches here is the
      // body parser's own refusals, such as a body past its size limit.
      const message =
        exception.type === 'entity.too.large'
          ? 'Request body too large'
          : `Unreadable request body (${exception.type})`;
      return { statusCode: exception.status, error: reasonPhrase(exception.status), message };
    }
    return this.unexpected(exception, span);
  }

  private unexpected(exception: unknown, span: Span | undefined): ErrorBody {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    span?.recordException(error);
    span?.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    this.logger.error(
      `Unhandled ${error.name} in trace ${span?.spanContext().traceId ?? 'none'}: ${error.message}`,
      error.stack,
    );
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: 'Internal server error',
    };
  }
}
