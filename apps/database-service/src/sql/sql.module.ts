import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FaultInjector } from '@app/faults';
import { MetricService } from '@app/telemetry';
import type { DatabaseEnv } from '../config/database.env';
import { FaultInjectingSqlClient } from './fault-injecting-sql.client';
import { MeasuredSqlClient } from './measured-sql.client';
import { openSqlClient } from './open-sql-client';
import { SqlClient } from './sql-client';

/**
 * Provides the SqlClient, ready and seeded before the app listens, with its slow_query injection
 * point inside the query-duration measurement, and closes it at shutdown.
 */
@Module({
  providers: [
    {
      provide: SqlClient,
      inject: [ConfigService, FaultInjector, MetricService],
      useFactory: async (
        config: ConfigService<DatabaseEnv, true>,
        faults: FaultInjector,
        metrics: MetricService,
      ) =>
        // Measured outside the injection point, so an injected slow query shows in the metric.
        new MeasuredSqlClient(
          new FaultInjectingSqlClient(
            await openSqlClient({
              databaseUrl: config.get('DATABASE_URL', { infer: true }),
              pgliteDataDir: config.get('PGLITE_DATA_DIR', { infer: true }),
            }),
            faults,
          ),
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
