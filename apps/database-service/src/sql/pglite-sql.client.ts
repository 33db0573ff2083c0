import { PGlite } from '@electric-sql/pglite';
import { SqlClient, type SqlResult } from './sql-client';

/** Postgres compiled to WebAssembly, in this process: nothing to install, data kept in memory. */
export class PgliteSqlClient extends SqlClient {
  private constructor(private readonly db: PGlite) {
    super();
  }

  /** Starts an empty in-memory database (the first start in a process compiles the WASM). */
  static async create(): Promise<PgliteSqlClient> {
    return new PgliteSqlClient(await PGlite.create());
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
