import { Module } from '@nestjs/common';
import { InventoryController } from './inventory.controller';
import { InventoryService } from './inventory.service';
import { StockLedger } from './stock-ledger';

@Module({
  controllers: [InventoryController],
  providers: [InventoryService, StockLedger],
})
export class InventoryModule {}
