// The floor's database-service: GET /query and POST /insert on PGlite, as plain Nest.
import { PGlite } from '@electric-sql/pglite';
import { Module } from '@nestjs/common';
import { FloorHealthController } from '../floor-health.controller';
import { optionalFloorSetting } from '../floor-env';
import { startFloorApp } from '../start-floor-app';
import { FloorRecordsController } from './floor-records.controller';
import { openFloorDatabase } from './open-floor-database';

@Module({
  controllers: [FloorRecordsController, FloorHealthController],
  providers: [
    {
      provide: PGlite,
      useFactory: () => openFloorDatabase(optionalFloorSetting('PGLITE_DATA_DIR')),
    },
  ],
})
class FloorDatabaseServiceModule {}

void startFloorApp(FloorDatabaseServiceModule);
