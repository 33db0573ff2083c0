import { PGlite } from '@electric-sql/pglite';
// The real service's schema and seed rows, imported rather than copied so the two cannot drift.
import { SCHEMA_SQL, SEED_SQL } from '../../../../../apps/database-service/src/sql/schema';

/**
 * PGlite as database-service opens it: in memory, or in PGLITE_DATA_DIR when the benchmark gives
 * the services one; the same tables and seed rows.
 */
export async function openFloorDatabase(dataDir: string | undefined): Promise<PGlite> {
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  await db.exec(SCHEMA_SQL);
  await db.exec(SEED_SQL);
  return db;
}
