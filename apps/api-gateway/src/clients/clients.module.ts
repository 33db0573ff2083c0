import { Module } from '@nestjs/common';
import { OrderServiceClient, UserServiceClient } from '@app/clients';

/** One client per downstream service, shared by the gateway's features. */
@Module({
  providers: [UserServiceClient, OrderServiceClient],
  exports: [UserServiceClient, OrderServiceClient],
})
export class ClientsModule {}
