// The floor's order-service: POST /orders and GET /orders/:id, as plain Nest.
import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { FloorHealthController } from '../floor-health.controller';
import { readFloorEnv } from '../floor-env';
import { FLOOR_URLS } from '../floor-urls';
import { startFloorApp } from '../start-floor-app';
import { FloorOrdersController } from './floor-orders.controller';

@Module({
  imports: [HttpModule],
  controllers: [FloorOrdersController, FloorHealthController],
  providers: [
    {
      provide: FLOOR_URLS,
      useValue: readFloorEnv(['DATABASE_SERVICE_URL', 'INVENTORY_SERVICE_URL']),
    },
  ],
})
class FloorOrderServiceModule {}

void startFloorApp(FloorOrderServiceModule);
