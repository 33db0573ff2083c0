import type { FaultInjector } from '@app/faults';
import { SqlClient, type SqlResult } from './sql-client';

/**
 * The SqlClient the service uses: the engine's, with the `slow_query` injection point before
 * each statement, inside the span of the operation that runs it (database-service.query etc.).
 */
export class FaultInjectingSqlClient extends SqlClient {
  constructor(
    private readonly engine: SqlClient,
    private readonly faults: FaultInjector,
  ) {
    super();
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<SqlResult<R>> {
    // Awaited only when a rule strikes: with none, the statement starts in the same tick.
    const pending = this.faults.beforeQuery();
    if (pending) await pending;
    return this.engine.query<R>(text, params);
  }

  exec(script: string): Promise<void> {
    return this.engine.exec(script);
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}
