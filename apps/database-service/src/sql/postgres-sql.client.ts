import { Pool } from 'pg';
import { SqlClient, type SqlResult } from './sql-client';

/** A real Postgres server reached over the network through a `pg` connection pool. */
export class PostgresSqlClient extends SqlClient {
  private readonly pool: Pool;

  constructor(connectionString: string) {
    super();
    this.pool = new Pool({ connectionString, max: 10 });
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<SqlResult<R>> {
    const result = await this.pool.query(text, [...params]);
    return { rows: result.rows as R[], affectedRows: result.rowCount ?? 0 };
  }

  async exec(script: string): Promise<void> {
    // Without parameters pg uses the simple query protocol, which accepts several statements.
    await this.pool.query(script);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
