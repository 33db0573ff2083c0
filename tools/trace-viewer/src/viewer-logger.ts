import { ConsoleLogger, type LoggerService, type LogLevel } from '@nestjs/common';
import { FrameworkLinesAtDebug } from '@app/service-kit/logging';

/** Nest's levels, most severe first. */
const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * The viewer's Nest logger: its lines at `level` and above, Nest's own start-up lines (three
 * apps' modules and routes) at debug like the services', so the viewer starts with one line.
 */
export function viewerLogger(level: LogLevel): LoggerService {
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(level) + 1);
  return new FrameworkLinesAtDebug(new ConsoleLogger({ logLevels }));
}
