import type { Histogram } from '@opentelemetry/api';
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_SYSTEM_NAME,
  ATTR_ERROR_TYPE,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
  METRIC_DB_CLIENT_OPERATION_DURATION,
} from '@opentelemetry/semantic-conventions';
import type { MetricService } from '@app/telemetry';
import { SqlClient, type SqlResult } from './sql-client';

/** The semantic conventions' advised buckets for db.client.operation.duration, in seconds. */
const DURATION_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10];

/**
 * A SqlClient that records each statement's duration in the semantic-convention histogram
 * `db.client.operation.duration` (seconds), by operation (`SELECT`, `INSERT`, `DELETE`), with
 * `error.type` on a failed one. Either engine behind it is measured the same way.
 */
export class MeasuredSqlClient extends SqlClient {
  private readonly duration: Histogram;

  constructor(
    private readonly inner: SqlClient,
    metrics: MetricService,
  ) {
    super();
    this.duration = metrics.getHistogram(METRIC_DB_CLIENT_OPERATION_DURATION, {
      unit: 's',
      description: 'Duration of database client operations.',
      advice: { explicitBucketBoundaries: DURATION_BUCKETS },
    });
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<SqlResult<R>> {
    const started = performance.now();
    const attributes = {
      // PGlite is Postgres compiled to WebAssembly, so both engines are `postgresql` here.
      [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
      [ATTR_DB_OPERATION_NAME]: text.trimStart().split(/\s/, 1)[0].toUpperCase(),
    };
    try {
      const result = await this.inner.query<R>(text, params);
      this.duration.record((performance.now() - started) / 1000, attributes);
      return result;
    } catch (error) {
      const type = error instanceof Error ? error.constructor.name : 'unknown';
      this.duration.record((performance.now() - started) / 1000, {
        ...attributes,
        [ATTR_ERROR_TYPE]: type,
      });
      throw error;
    }
  }

  exec(script: string): Promise<void> {
    return this.inner.exec(script);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
