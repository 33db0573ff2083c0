import type { LogLevel } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { ServiceEnv } from '../config/service-env';
import { requestLoggerOptions } from './request-logger.options';
import { stdoutDestination } from './stdout-destination';

/**
 * nestjs-pino for a service: Nest's own logger and every request's lines as pino JSON, written
 * to stdout in batches (see stdoutDestination).
 */
export const ServiceLoggerModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: ConfigService<ServiceEnv, true>) => ({
    pinoHttp: [requestLoggerOptions(config.get<LogLevel>('LOG_LEVEL')), stdoutDestination()],
  }),
});
