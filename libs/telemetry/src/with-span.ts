import {
  type Attributes,
  type Span,
  type SpanOptions,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';

/** Tracer name for every manual span of this workspace. */
const TRACER_NAME = '@app/telemetry';

/** Marks `span` failed with `error`: an `exception` event plus ERROR status. */
function recordSpanError(span: Span, error: unknown): void {
  const exception = error instanceof Error ? error : new Error(String(error));
  span.recordException(exception);
  span.setStatus({ code: SpanStatusCode.ERROR, message: exception.message });
}

/**
 * Runs `work` inside a new active span named `name`, so spans started inside it (HTTP client
 * calls included) become its children. Records a thrown error or rejection on the span, and ends
 * the span on every path, sync or async.
 */
export function withSpan<T>(
  name: string,
  work: (span: Span) => T,
  options: SpanOptions & { attributes?: Attributes } = {},
): T {
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, options, (span) => {
    let result: T;
    try {
      result = work(span);
    } catch (error) {
      recordSpanError(span, error);
      span.end();
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          recordSpanError(span, error);
          span.end();
          throw error;
        },
      ) as T;
    }
    span.end();
    return result;
  });
}
