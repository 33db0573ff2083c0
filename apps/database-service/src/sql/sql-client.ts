/** What one parameterised statement gave back. */
export interface SqlResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted by the statement. */
  affectedRows: number;
}

/**
 * The one way the service reaches its database, whichever engine is behind it (in-process PGlite
 * or a real Postgres). An abstract class rather than an interface so Nest can inject it by type.
 */
export abstract class SqlClient {
  /** Runs one statement; values travel only in `params`, never inside `text`. */
  abstract query<R>(text: string, params?: readonly unknown[]): Promise<SqlResult<R>>;

  /** Runs a fixed multi-statement script (schema and seed), which takes no parameters. */
  abstract exec(script: string): Promise<void>;

  abstract close(): Promise<void>;
}
