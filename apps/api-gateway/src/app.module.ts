import { Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
import { ServiceKitModule } from '@app/service-kit';
import { GatewayEnv } from './config/gateway.env';
import { TraceContextConformanceModule } from './conformance/trace-context-conformance.module';
import { OrdersModule } from './orders/orders.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    // No domain errors of its own: the gateway relays the services' 404/409 answers as they are
    // (DownstreamError pass-through), with the hop that gave them named in the body.
    ServiceKitModule.forService({
      serviceName: 'api-gateway',
      env: GatewayEnv,
      domainErrors: [],
    }),
    UsersModule,
    OrdersModule,
    // Decided once the settings above are validated: when off, no route and no span name exists.
    ConditionalModule.registerWhen(
      TraceContextConformanceModule,
      (env: NodeJS.ProcessEnv) => env.TRACE_CONTEXT_CONFORMANCE === 'on',
      { debug: false },
    ),
  ],
})
export class AppModule {}
