// The floor's api-gateway: GET /users/:id, POST /orders and GET /orders/:id, as plain Nest.
import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { FloorHealthController } from '../floor-health.controller';
import { readFloorEnv } from '../floor-env';
import { FLOOR_URLS } from '../floor-urls';
import { startFloorApp } from '../start-floor-app';
import { FloorGatewayController } from './floor-gateway.controller';

@Module({
  imports: [HttpModule],
  controllers: [FloorGatewayController, FloorHealthController],
  providers: [
    { provide: FLOOR_URLS, useValue: readFloorEnv(['USER_SERVICE_URL', 'ORDER_SERVICE_URL']) },
  ],
})
class FloorGatewayModule {}

void startFloorApp(FloorGatewayModule);
