import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FaultEngine, FaultInjector, parseFaultRules } from '@app/faults';
import { setOperationHook } from '@app/telemetry';
import type { ServiceEnv } from '../config/service-env';
import { SERVICE_NAME } from '../service-name.token';

/** The service's fault engine, with the rules and seed of its validated settings. */
export const faultEngineProvider = {
  provide: FaultEngine,
  inject: [SERVICE_NAME, ConfigService],
  useFactory: (serviceName: string, config: ConfigService<ServiceEnv, true>) =>
    new FaultEngine(
      serviceName,
      config.get('FAULT_SEED', { infer: true }),
      parseFaultRules(config.get('FAULTS', { infer: true })),
    ),
};

export const faultInjectorProvider = {
  provide: FaultInjector,
  inject: [FaultEngine],
  useFactory: (engine: FaultEngine) => new FaultInjector(engine),
};

/** Makes every `@Span` operation of this service an injection point while the app runs. */
@Injectable()
export class OperationHookRegistration implements OnModuleInit, OnModuleDestroy {
  constructor(@Inject(FaultInjector) private readonly injector: FaultInjector) {}

  onModuleInit(): void {
    setOperationHook((operation) => this.injector.onOperation(operation));
  }

  onModuleDestroy(): void {
    setOperationHook(undefined);
  }
}
