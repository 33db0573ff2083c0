import { HttpStatus, Module } from '@nestjs/common';
import { ProductNotFoundError } from '@app/clients';
import { ServiceKitModule } from '@app/service-kit';
import { InventoryEnv } from './config/inventory.env';
import { InsufficientStockError } from './inventory/insufficient-stock.error';
import { InventoryModule } from './inventory/inventory.module';
import { StockAdminController } from './inventory/stock-admin.controller';

@Module({
  imports: [
    ServiceKitModule.forService({
      serviceName: 'inventory-service',
      env: InventoryEnv,
      domainErrors: [
        [ProductNotFoundError, HttpStatus.NOT_FOUND],
        [InsufficientStockError, HttpStatus.CONFLICT],
      ],
      adminControllers: [StockAdminController],
    }),
    InventoryModule,
  ],
})
export class AppModule {}
