import {
  type DynamicModule,
  type ExceptionFilter,
  type INestApplicationContext,
  type InjectionToken,
  Module,
  type Provider,
  type Type,
} from '@nestjs/common';
import { PARAMTYPES_METADATA, SELF_DECLARED_DEPS_METADATA } from '@nestjs/common/constants';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { edgeValidationPipe } from '../bootstrap/edge-validation.pipe';

/** What a controller's constructor asks for: its parameter types, or the `@Inject()` tokens. */
function dependenciesOf(controller: Type): InjectionToken[] {
  const types = [...((Reflect.getMetadata(PARAMTYPES_METADATA, controller) ?? []) as Type[])];
  const declared = (Reflect.getMetadata(SELF_DECLARED_DEPS_METADATA, controller) ?? []) as {
    index: number;
    param: InjectionToken;
  }[];
  const tokens: InjectionToken[] = types;
  for (const { index, param } of declared) tokens[index] = param;
  return tokens;
}

/**
 * Root module of the admin listener's Nest app: the admin controllers, with the service app's own
 * instances of what they inject (one fault engine, one stock ledger, one SQL client per
 * process), and the same input validation and exception filter as the service's port.
 */
@Module({})
export class AdminModule {
  static serving(
    controllers: readonly Type[],
    service: INestApplicationContext,
    filter: ExceptionFilter,
  ): DynamicModule {
    const tokens = new Set(controllers.flatMap(dependenciesOf));
    const shared: Provider[] = [...tokens].map((token) => ({
      provide: token,
      useValue: service.get<unknown>(token, { strict: false }),
    }));
    return {
      module: AdminModule,
      controllers: [...controllers],
      providers: [
        ...shared,
        { provide: APP_PIPE, useValue: edgeValidationPipe() },
        { provide: APP_FILTER, useValue: filter },
      ],
    };
  }
}
