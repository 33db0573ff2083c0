import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { InventoryEnv } from '../config/inventory.env';
import { parseInitialStock } from './initial-stock';
import { InventoryController } from './inventory.controller';
import { InventoryService } from './inventory.service';
import { StockGauge } from './stock-gauge';
import { OPENED_JOURNAL, type OpenedJournal, STARTING_STOCK, StockLedger } from './stock-ledger';
import { StockJournal } from './stock-journal';
import { ReservationsController } from './reservations.controller';

@Module({
  controllers: [InventoryController, ReservationsController],
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
    {
      provide: OPENED_JOURNAL,
      inject: [ConfigService],
      useFactory: (config: ConfigService<InventoryEnv, true>): OpenedJournal => {
        const path = config.get('STOCK_JOURNAL_FILE', { infer: true });
        return path ? StockJournal.open(path) : { journal: StockJournal.inMemory(), changes: [] };
      },
    },
  ],
})
export class InventoryModule {}
