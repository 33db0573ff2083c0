// The floor's inventory-service: POST /inventory/check and /inventory/reserve, as plain Nest.
import { Module } from '@nestjs/common';
import { parseInitialStock } from '../../../../../apps/inventory-service/src/inventory/initial-stock';
import { FloorHealthController } from '../floor-health.controller';
import { optionalFloorSetting } from '../floor-env';
import { startFloorApp } from '../start-floor-app';
import { FloorInventoryController } from './floor-inventory.controller';
import { FloorStock } from './floor-stock';

@Module({
  controllers: [FloorInventoryController, FloorHealthController],
  providers: [
    {
      provide: FloorStock,
      useValue: new FloorStock(parseInitialStock(optionalFloorSetting('INITIAL_STOCK'))),
    },
  ],
})
class FloorInventoryServiceModule {}

void startFloorApp(FloorInventoryServiceModule);
