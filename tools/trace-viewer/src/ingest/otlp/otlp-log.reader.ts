import {
  type AttrList,
  AttrType,
  type AttrTypeCode,
  attrValueAsString,
} from '../../model/attr-list';
import { LogBatch } from '../../model/log-batch';
import type { StoredLogRecord } from '../../model/stored-log-record';
import { ZERO_SPAN_ID, isZeroId } from '../../model/trace-id';
import { type KeyValueLike, text } from './otlp-fields';
import { type ItemOrigin, OtlpRequestReader, type OtlpNesting } from './otlp-request.reader';
import { SEVERITY_NUMBER_NAMES } from './otlp-schema';

interface LogRecordLike {
  timeUnixNano?: unknown;
  observedTimeUnixNano?: unknown;
  severityNumber?: unknown;
  severityText?: unknown;
  body?: unknown;
  attributes?: KeyValueLike[];
  flags?: unknown;
  traceId?: unknown;
  spanId?: unknown;
}

const LOGS_NESTING: OtlpNesting = {
  request: 'ExportLogsServiceRequest',
  resources: 'resourceLogs',
  scopes: 'scopeLogs',
  legacyScopes: 'instrumentationLibraryLogs',
  items: 'logRecords',
};

// LogRecord.flags: the low 8 bits are the W3C trace flags (LOG_RECORD_FLAG_TRACE_FLAGS_MASK).
const TRACE_FLAGS_MASK = 0xff;

/**
 * Walks a decoded ExportLogsServiceRequest into stored log records. Unlike a span, a record needs
 * no ids: logs.proto says a receiver SHOULD take a missing or invalid trace_id or span_id to mean
 * "not associated with a trace/span", so such records are kept, outside any trace.
 */
export class OtlpLogReader extends OtlpRequestReader<LogRecordLike, LogBatch> {
  protected readonly nesting = LOGS_NESTING;

  protected newBatch(): LogBatch {
    return new LogBatch();
  }

  protected readItem(record: LogRecordLike, origin: ItemOrigin, batch: LogBatch): void {
    batch.push(this.readRecord(record, origin));
  }

  private readRecord(record: LogRecordLike, { process }: ItemOrigin): StoredLogRecord {
    const { codec, interner } = this;
    const rawTraceId = codec.id(record.traceId, 16);
    const traceId = rawTraceId && !isZeroId(rawTraceId) ? rawTraceId : '';
    const rawSpanId = codec.id(record.spanId, 8);
    const spanId = traceId && rawSpanId && rawSpanId !== ZERO_SPAN_ID ? rawSpanId : '';
    return {
      traceId,
      spanId,
      // logs.proto: use time_unix_nano if present, otherwise observed_time_unix_nano.
      timeUs: codec.micros(record.timeUnixNano) || codec.micros(record.observedTimeUnixNano),
      severityNumber: codec.enumValue(record.severityNumber, SEVERITY_NUMBER_NAMES),
      severityText: interner.name(text(record.severityText, 'severityText')),
      body: this.readBody(record.body),
      attrs: this.attrs(record.attributes),
      process,
      flags: typeof record.flags === 'number' ? record.flags & TRACE_FLAGS_MASK : 0,
    };
  }

  /** The body as text: a string as it is, any other AnyValue as Jaeger would print it. */
  private readBody(body: unknown): string {
    // The codec already reads an AnyValue in either encoding; borrow it through a one-item list.
    const one: AttrList = [];
    this.codec.pushAttr(one, 'body', body, this.interner);
    const type = one[1] as AttrTypeCode;
    return type === AttrType.String ? (one[2] as string) : attrValueAsString(type, one[2]);
  }
}
