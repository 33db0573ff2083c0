import type { LoggerService, LogLevel } from '@nestjs/common';

/** The contexts Nest writes its start-up under: each module loaded, each route mapped. */
const NEST_START_UP_CONTEXTS: ReadonlySet<unknown> = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/**
 * Wraps an app's logger so that Nest's own start-up lines are written at debug level, not log:
 * an app then starts with its own one line, and `LOG_LEVEL=debug` still shows every module and
 * route. Nest passes a line's context last, after any other parameter.
 */
export class FrameworkLinesAtDebug implements LoggerService {
  constructor(private readonly logger: LoggerService) {}

  log(message: unknown, ...params: unknown[]): void {
    if (NEST_START_UP_CONTEXTS.has(params.at(-1))) this.logger.debug?.(message, ...params);
    else this.logger.log(message, ...params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.logger.error(message, ...params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.logger.warn(message, ...params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.logger.debug?.(message, ...params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.logger.verbose?.(message, ...params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.logger.fatal?.(message, ...params);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.logger.setLogLevels?.(levels);
  }
}
