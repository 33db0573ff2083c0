import type * as protobuf from 'protobufjs';
import type { IngestBatch } from '../../model/ingest-batch';
import type { LogBatch } from '../../model/log-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import type { OtlpCodec } from './otlp-codec';
import { OtlpLogReader } from './otlp-log.reader';
import {
  ExportLogsServiceRequest,
  ExportLogsServiceResponse,
  ExportTraceServiceRequest,
  ExportTraceServiceResponse,
} from './otlp-schema';
import { OtlpSpanReader } from './otlp-span.reader';

/**
 * One OTLP signal as the receiver handles it: the request it decodes, how it reads one into a
 * batch, and the response that answers it. Decoders and replies are written once for all signals.
 */
export interface OtlpSignal<Batch extends IngestBatch> {
  readonly request: protobuf.Type;
  readonly response: protobuf.Type;
  /** The response's partial_success counter (rejected_spans, rejected_log_records). */
  readonly rejectedField: string;
  /** What the signal carries, for messages: "span", "log record". */
  readonly item: string;
  read(message: unknown, codec: OtlpCodec, interner: ModelInterner): Batch;
}

/** Traces: ExportTraceServiceRequest on /v1/traces. */
export const OTLP_TRACES: OtlpSignal<SpanBatch> = {
  request: ExportTraceServiceRequest,
  response: ExportTraceServiceResponse,
  rejectedField: 'rejectedSpans',
  item: 'span',
  read: (message, codec, interner) => new OtlpSpanReader(codec, interner).read(message),
};

/** Logs: ExportLogsServiceRequest on /v1/logs. */
export const OTLP_LOGS: OtlpSignal<LogBatch> = {
  request: ExportLogsServiceRequest,
  response: ExportLogsServiceResponse,
  rejectedField: 'rejectedLogRecords',
  item: 'log record',
  read: (message, codec, interner) => new OtlpLogReader(codec, interner).read(message),
};
