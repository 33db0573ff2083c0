import { Logger } from '@nestjs/common';
import { PgliteSqlClient } from './pglite-sql.client';
import { PostgresSqlClient } from './postgres-sql.client';
import type { SqlClient } from './sql-client';
import { SCHEMA_SQL, SEED_SQL } from './schema';

/** The URL without its password, for the log. */
function redact(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects to Postgres at `databaseUrl`, or starts PGlite without one, then creates and seeds the tables. */
export async function openSqlClient(databaseUrl?: string): Promise<SqlClient> {
  const logger = new Logger('SqlClient');
  const client = databaseUrl ? new PostgresSqlClient(databaseUrl) : await PgliteSqlClient.create();
  try {
    await client.exec(SCHEMA_SQL);
    await client.exec(SEED_SQL);
  } catch (error) {
    await client.close();
    throw error;
  }
  logger.log(
    databaseUrl
      ? `Using Postgres at ${redact(databaseUrl)}`
      : 'Using in-process PGlite (in memory: data resets at every start)',
  );
  return client;
}
