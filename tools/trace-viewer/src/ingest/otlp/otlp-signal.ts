import type { IngestBatch } from '../../model/ingest-batch';
import type { LogBatch } from '../../model/log-batch';
import type { ModelInterner } from '../../model/model-interner';
import type { SpanBatch } from '../../model/span-batch';
import type { OtlpCodec } from './otlp-codec';
import { OtlpLogReader } from './otlp-log.reader';
import type { OtlpRequestReader } from './otlp-request.reader';
import { LOGS_EXPORT, type OtlpExport, TRACE_EXPORT } from './otlp-schema';
import { OtlpSpanReader } from './otlp-span.reader';

/**
 * One OTLP signal as the receiver handles it: the request it decodes, how it reads one into a
 * batch, and the response that answers it. Decoders and replies are written once for all signals.
 */
export interface OtlpSignal<Batch extends IngestBatch> extends OtlpExport {
  /** What the signal carries, for messages: "span", "log record". */
  readonly item: string;
  read(message: unknown, codec: OtlpCodec, interner: ModelInterner): Batch;
}

type ReaderClass<Batch extends IngestBatch> = new (
  codec: OtlpCodec,
  interner: ModelInterner,
) => OtlpRequestReader<unknown, Batch>;

function otlpSignal<Batch extends IngestBatch>(
  exported: OtlpExport,
  item: string,
  Reader: ReaderClass<Batch>,
): OtlpSignal<Batch> {
  return {
    ...exported,
    item,
    read: (message, codec, interner) => new Reader(codec, interner).read(message),
  };
}

/** Traces: ExportTraceServiceRequest on /v1/traces. */
export const OTLP_TRACES = otlpSignal<SpanBatch>(TRACE_EXPORT, 'span', OtlpSpanReader);

/** Logs: ExportLogsServiceRequest on /v1/logs. */
export const OTLP_LOGS = otlpSignal<LogBatch>(LOGS_EXPORT, 'log record', OtlpLogReader);
