import type { TraceLogRecord } from '@tools/trace-model';
import type { StoredLogRecord } from '../../model/stored-log-record';
import { attrsToKvs } from '../span-tags';

/** Converts a stored log record to the shape the UI reads from /api/ui/traces/{id}/logs. */
export function toTraceLogRecord(record: StoredLogRecord): TraceLogRecord {
  return {
    spanId: record.spanId,
    timestamp: record.timeUs,
    severityText: record.severityText,
    severityNumber: record.severityNumber,
    body: record.body,
    attributes: attrsToKvs(record.attrs),
    serviceName: record.process.serviceName,
  };
}
