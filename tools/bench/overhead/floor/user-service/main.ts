// The floor's user-service: GET /users/:id, as plain Nest.
import { HttpModule } from '@nestjs/axios';
import { Module } from '@nestjs/common';
import { FloorHealthController } from '../floor-health.controller';
import { readFloorEnv } from '../floor-env';
import { FLOOR_URLS } from '../floor-urls';
import { startFloorApp } from '../start-floor-app';
import { FloorUsersController } from './floor-users.controller';

@Module({
  imports: [HttpModule],
  controllers: [FloorUsersController, FloorHealthController],
  providers: [{ provide: FLOOR_URLS, useValue: readFloorEnv(['DATABASE_SERVICE_URL']) }],
})
class FloorUserServiceModule {}

void startFloorApp(FloorUserServiceModule);
