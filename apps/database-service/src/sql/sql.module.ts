import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FaultInjector } from '@app/faults';
import type { DatabaseEnv } from '../config/database.env';
import { FaultInjectingSqlClient } from './fault-injecting-sql.client';
import { openSqlClient } from './open-sql-client';
import { SqlClient } from './sql-client';

/**
 * Provides the SqlClient, ready and seeded before the app listens, with its slow_query injection
 * point, and closes it at shutdown.
 */
@Module({
  providers: [
    {
      provide: SqlClient,
      inject: [ConfigService, FaultInjector],
      useFactory: async (config: ConfigService<DatabaseEnv, true>, faults: FaultInjector) =>
        new FaultInjectingSqlClient(
          await openSqlClient(config.get('DATABASE_URL', { infer: true })),
          faults,
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
