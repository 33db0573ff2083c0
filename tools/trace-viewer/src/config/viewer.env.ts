import { applyDecorators, type LogLevel } from '@nestjs/common';
import { GO_DURATION_PATTERN, parseGoDurationMicros } from '@tools/trace-model';
import { TRACE_BACKEND } from '@app/topology';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';

const Port = () =>
  applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(65535),
  );
const Count = () =>
  applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(1),
  );

/**
 * The trace viewer's settings, read from the environment once at start-up and validated with the
 * services' pattern (`validateEnv`). Port 0 picks a free port (the tests use it).
 */
export class ViewerEnv {
  @IsNotEmpty()
  @IsString()
  TRACE_VIEWER_HOST = '127.0.0.1';

  @Port()
  TRACE_VIEWER_OTLP_PORT = TRACE_BACKEND.otlpHttpPort;

  @Port()
  TRACE_VIEWER_JAEGER_PORT = TRACE_BACKEND.jaegerThriftPort;

  @Port()
  TRACE_VIEWER_QUERY_PORT = TRACE_BACKEND.queryPort;

  /** Span budget of the store: past it, the oldest whole traces leave. */
  @Count()
  TRACE_VIEWER_MAX_SPANS = 1_000_000;

  /** Log record budget of the log store: past it, the oldest records leave. */
  @Count()
  TRACE_VIEWER_MAX_LOG_RECORDS = 200_000;

  /**
   * How long a trace is kept after its first span arrived, and a log record after it arrived: a Go
   * duration such as 30m or 2h.
   */
  @ValidateBy(
    {
      name: 'isPositiveDuration',
      validator: { validate: (value: unknown) => (parseGoDurationMicros(String(value)) ?? 0) > 0 },
    },
    { message: 'must be a positive Go duration like 1h or 30m' },
  )
  @Matches(GO_DURATION_PATTERN, { message: 'must be a Go duration like 1h or 30m' })
  TRACE_VIEWER_RETENTION = '1h';

  /** Largest request body taken by the ingest ports, after gzip inflation too. */
  @Count()
  TRACE_VIEWER_MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** The services' LOG_LEVEL, so one `LOG_LEVEL=debug npm start` shows every app's start-up. */
  @IsIn(['log', 'error', 'warn', 'debug', 'verbose', 'fatal'])
  LOG_LEVEL: LogLevel = 'log';
}
