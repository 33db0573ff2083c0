import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { InventoryEnv } from '../config/inventory.env';
import { parseInitialStock } from './initial-stock';
import { InventoryController } from './inventory.controller';
import { InventoryService } from './inventory.service';
import { StockAdminController } from './stock-admin.controller';
import { StockGauge } from './stock-gauge';
import { STARTING_STOCK, StockLedger } from './stock-ledger';

@Module({
  controllers: [InventoryController, StockAdminController],
  providers: [
    InventoryService,
    StockLedger,
    StockGauge,
    {
      provide: STARTING_STOCK,
      inject: [ConfigService],
      useFactory: (config: ConfigService<InventoryEnv, true>) =>
        parseInitialStock(config.get('INITIAL_STOCK', { infer: true })),
    },
  ],
})
export class InventoryModule {}
