import { PGlite } from '@electric-sql/pglite';
import { SqlClient, type SqlResult } from './sql-client';

/**
 * Postgres compiled to WebAssembly, in this process: nothing to install. Data is kept in memory,
 * or in a directory that a restart (even after a kill: it is Postgres, with its write-ahead log)
 * opens again.
 */
export class PgliteSqlClient extends SqlClient {
  private constructor(private readonly db: PGlite) {
    super();
  }

  /** Opens the database in `dataDir`, creating it there, or starts an empty one in memory. */
  static async create(dataDir?: string): Promise<PgliteSqlClient> {
    return new PgliteSqlClient(await PGlite.create(dataDir ? { dataDir } : {}));
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<SqlResult<R>> {
    const result = await this.db.query<R>(text, [...params]);
    return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
