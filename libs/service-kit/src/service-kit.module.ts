import { HttpModule } from '@nestjs/axios';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { HttpRouteGuard, TelemetryModule } from '@app/telemetry';
import { type ServiceName, serviceOf } from '@app/topology';
import { AdminListener } from './admin/admin-listener';
import { FaultsController } from './admin/faults.controller';
import { edgeValidationPipe } from './bootstrap/edge-validation.pipe';
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
  /**
   * Controllers served on the admin listener only, beside the faults API (stock, order totals).
   * They are not declared in any module of the app: the admin listener's app injects them with
   * the service app's providers.
   */
  adminControllers?: readonly Type[];
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
    const filter = new ApiExceptionFilter(options.domainErrors);
    const adminControllers = [FaultsController, ...(options.adminControllers ?? [])];
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
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_NAME, useValue: options.serviceName },
        { provide: APP_PIPE, useValue: edgeValidationPipe() },
        { provide: APP_FILTER, useValue: filter },
        // In this order (Nest runs global guards as they are registered): a fault that strikes a
        // route counts against it.
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
        { provide: AdminListener, useFactory: () => new AdminListener(adminControllers, filter) },
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
