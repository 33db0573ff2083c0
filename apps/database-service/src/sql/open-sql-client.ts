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

/** Where the orders live: a Postgres server, or PGlite in a directory or in memory. */
export interface SqlLocation {
  databaseUrl?: string;
  pgliteDataDir?: string;
}

function describe({ databaseUrl, pgliteDataDir }: SqlLocation): string {
  if (databaseUrl) return `Using Postgres at ${redact(databaseUrl)}`;
  if (pgliteDataDir) return `Using in-process PGlite, its files in ${pgliteDataDir}`;
  return 'Using in-process PGlite (in memory: data resets at every start)';
}

/**
 * Connects to Postgres at `databaseUrl`, or starts PGlite without one, then creates and seeds
 * the tables (both re-runnable, so a database that already holds them keeps its rows).
 */
export async function openSqlClient(location: SqlLocation): Promise<SqlClient> {
  const logger = new Logger('SqlClient');
  const client = location.databaseUrl
    ? new PostgresSqlClient(location.databaseUrl)
    : await PgliteSqlClient.create(location.pgliteDataDir);
  try {
    await client.exec(SCHEMA_SQL);
    await client.exec(SEED_SQL);
  } catch (error) {
    await client.close();
    throw error;
  }
  logger.log(describe(location));
  return client;
}
