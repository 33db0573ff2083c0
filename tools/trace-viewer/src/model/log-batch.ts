import { IngestBatch } from './ingest-batch';
import type { StoredLogRecord } from './stored-log-record';

/** Log records decoded from one ingest request, in the order they were sent. */
export class LogBatch extends IngestBatch {
  readonly records: StoredLogRecord[] = [];

  push(record: StoredLogRecord): void {
    this.records.push(record);
  }
}
