import type { LogLevel } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { ServiceEnv } from '../config/service-env';
import { requestLoggerOptions } from './request-logger.options';

/**
 * nestjs-pino for a service: Nest's own logger and every request's lines as pino JSON, written
 * to stdout asynchronously. pino's default destination writes each line with its own blocking
 * system call; this one writes a line at once when stdout is idle, and under load gathers the
 * lines that arrive while a write is under way into the next one. pino flushes what is left when
 * the process exits.
 */
export const ServiceLoggerModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService<ServiceEnv, true>) => ({
    pinoHttp: [
      requestLoggerOptions(config.get<LogLevel>('LOG_LEVEL')),
      pino.destination({ dest: 1, sync: false }),
    ],
  }),
});
