import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { OrdersController } from './orders.controller';
import { OrderLookupService } from './order-lookup.service';
import { OrderPlacementService } from './order-placement.service';

@Module({
  imports: [ClientsModule],
  controllers: [OrdersController],
  providers: [OrderPlacementService, OrderLookupService],
})
export class OrdersModule {}
