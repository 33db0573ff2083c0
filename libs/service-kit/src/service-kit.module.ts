import { HttpModule } from '@nestjs/axios';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TelemetryModule } from '@app/telemetry';
import { validateEnv } from './config/validate-env';
import type { ServiceEnv } from './config/service-env';
import { DownstreamClient } from './downstream/downstream.client';
import { ApiExceptionFilter, type DomainErrorStatus } from './errors/api-exception.filter';
import { HealthController } from './health/health.controller';
import { SERVICE_NAME } from './service-name.token';

export interface ServiceKitOptions<E extends ServiceEnv> {
  /** The service's name in traces and health answers, e.g. `user-service`. */
  serviceName: string;
  /** The app's settings class: validated from the environment once, at start-up. */
  env: new () => E;
  /** How the app's domain errors map to HTTP statuses. */
  domainErrors?: readonly DomainErrorStatus[];
}

/**
 * Everything a service shares with the others: validated settings, tracing, `/health`, input
 * validation at the edge, the app's exception filter, and the downstream HTTP client.
 */
@Module({})
export class ServiceKitModule {
  static forService<E extends ServiceEnv>(options: ServiceKitOptions<E>): DynamicModule {
    return {
      module: ServiceKitModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: validateEnv(options.env),
        }),
        TelemetryModule,
        HttpModule.registerAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<ServiceEnv, true>) => ({
            timeout: config.get('DOWNSTREAM_TIMEOUT_MS', { infer: true }),
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: options.serviceName },
        {
          provide: APP_PIPE,
          // One message per bad field: the integer check is each DTO's last (first-run) decorator.
          useValue: new ValidationPipe({
            transform: true,
            whitelist: true,
            stopAtFirstError: true,
          }),
        },
        { provide: APP_FILTER, useValue: new ApiExceptionFilter(options.domainErrors) },
        DownstreamClient,
      ],
      exports: [DownstreamClient, SERVICE_NAME, HttpModule],
    };
  }
}
