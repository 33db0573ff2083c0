import { Module } from '@nestjs/common';
import { DatabaseServiceClient, InventoryServiceClient } from '@app/clients';
import { OrdersController } from './orders.controller';
import { OrderMetrics } from './order-metrics';
import { OrdersService } from './orders.service';

@Module({
  controllers: [OrdersController],
  providers: [OrdersService, OrderMetrics, InventoryServiceClient, DatabaseServiceClient],
})
export class OrdersModule {}
