import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MetricService } from '@app/telemetry';
import type { DatabaseEnv } from '../config/database.env';
import { MeasuredSqlClient } from './measured-sql.client';
import { openSqlClient } from './open-sql-client';
import { SqlClient } from './sql-client';

/** Provides the SqlClient, ready and seeded before the app listens, and closes it at shutdown. */
@Module({
  providers: [
    {
      provide: SqlClient,
      inject: [ConfigService, MetricService],
      useFactory: async (config: ConfigService<DatabaseEnv, true>, metrics: MetricService) =>
        new MeasuredSqlClient(
          await openSqlClient(config.get('DATABASE_URL', { infer: true })),
          metrics,
        ),
    },
  ],
  exports: [SqlClient],
})
export class SqlModule implements OnApplicationShutdown {
  constructor(private readonly sql: SqlClient) {}

  onApplicationShutdown(): Promise<void> {
    return this.sql.close();
  }
}
