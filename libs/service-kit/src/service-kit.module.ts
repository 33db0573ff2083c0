import { HttpModule } from '@nestjs/axios';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { HttpRouteGuard, TelemetryModule } from '@app/telemetry';
import { type ServiceName, serviceOf } from '@app/topology';
import { AdminServer } from './admin/admin-server';
import { FaultsController } from './admin/faults.controller';
import { ListenerGuard } from './admin/listener.guard';
import { validateEnv } from './config/validate-env';
import type { ServiceEnv } from './config/service-env';
import { DownstreamClient } from './downstream/downstream.client';
import { downstreamHttpOptions } from './downstream/downstream-http.options';
import { ApiExceptionFilter, type DomainErrorStatus } from './errors/api-exception.filter';
import {
  faultEngineProvider,
  faultInjectorProvider,
  OperationHookRegistration,
} from './faults/fault-injection.providers';
import { RouteFaultsGuard } from './faults/route-faults.guard';
import { ServiceOperations } from './faults/service-operations';
import { ServiceLoggerModule } from './logging/service-logger.module';
import { HealthController } from './health/health.controller';
import { DOWNSTREAM_HOPS, ReadinessService } from './health/readiness.service';
import { SERVICE_NAME } from './service-name.token';

export interface ServiceKitOptions<E extends ServiceEnv> {
  /** The service's name in the map (`@app/topology`), traces and health answers. */
  serviceName: ServiceName;
  /** The app's settings class: validated from the environment once, at start-up. */
  env: new () => E;
  /** How the app's domain errors map to HTTP statuses. */
  domainErrors?: readonly DomainErrorStatus[];
}

/**
 * Everything a service shares with the others: validated settings, tracing, JSON logs, `/health` and
 * `/health/ready`, input validation at the edge, the app's exception filter, the downstream HTTP
 * client, and fault injection with its admin API on a separate listener.
 */
@Module({})
export class ServiceKitModule {
  static forService<E extends ServiceEnv>(options: ServiceKitOptions<E>): DynamicModule {
    // The hops `/health/ready` checks: the services the map says this one calls, each at the URL
    // its setting holds.
    const hops = serviceOf(options.serviceName).calls.map(serviceOf);
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
        ServiceLoggerModule,
        DiscoveryModule,
        HttpModule.registerAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<ServiceEnv, true>) =>
            downstreamHttpOptions(config.get('DOWNSTREAM_TIMEOUT_MS', { infer: true })),
        }),
      ],
      controllers: [HealthController, FaultsController],
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
        // In this order (Nest runs global guards as they are registered): a route on the wrong
        // listener is a 404 with no route; a fault that strikes a route counts against it.
        { provide: APP_GUARD, useClass: ListenerGuard },
        { provide: APP_GUARD, useClass: HttpRouteGuard },
        { provide: APP_GUARD, useClass: RouteFaultsGuard },
        {
          provide: DOWNSTREAM_HOPS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<E, true>) =>
            Object.fromEntries(
              hops.map(({ name, urlSetting }) => [name, config.get(urlSetting as never)]),
            ),
        },
        ReadinessService,
        faultEngineProvider,
        faultInjectorProvider,
        OperationHookRegistration,
        ServiceOperations,
        AdminServer,
        DownstreamClient,
      ],
      exports: [
        DownstreamClient,
        SERVICE_NAME,
        HttpModule,
        faultEngineProvider.provide,
        faultInjectorProvider.provide,
      ],
    };
  }
}
