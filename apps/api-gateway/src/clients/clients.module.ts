import { Module } from '@nestjs/common';
import { OrderServiceClient } from './order-service.client';
import { UserServiceClient } from './user-service.client';

/** One client per downstream service, shared by the gateway's features. */
@Module({
  providers: [UserServiceClient, OrderServiceClient],
  exports: [UserServiceClient, OrderServiceClient],
})
export class ClientsModule {}
