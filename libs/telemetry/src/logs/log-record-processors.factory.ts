import { OTLPLogExporter as OtlpGrpcLogExporter } from '@opentelemetry/exporter-logs-otlp-grpc';
import { OTLPLogExporter as OtlpJsonLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as OtlpProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import {
  BatchLogRecordProcessor,
  ConsoleLogRecordExporter,
  type LogRecordExporter,
  type LogRecordProcessor,
  SimpleLogRecordProcessor,
} from '@opentelemetry/sdk-logs';
// NodeSDK's reading of the OTEL_BLRP_* variables; like the metric helpers, no public export.
import { getBatchLogRecordProcessorConfigFromEnv } from '@opentelemetry/sdk-node/build/src/utils';
import { fromExporterList, otlpExporterFromEnv } from '../sdk/exporters-from-env';
import { DEFAULT_BATCH_DELAY_MS } from '../sdk/span-processors.factory';

function createOtlpExporter(): LogRecordExporter {
  return otlpExporterFromEnv<LogRecordExporter>('LOGS', {
    'http/protobuf': () => new OtlpProtoLogExporter(),
    'http/json': () => new OtlpJsonLogExporter(),
    grpc: () => new OtlpGrpcLogExporter(),
  });
}

function createBatchProcessor(exporter: LogRecordExporter): LogRecordProcessor {
  const config = getBatchLogRecordProcessorConfigFromEnv();
  // The same short default delay as spans, so a span's log lines reach the viewer with it.
  return new BatchLogRecordProcessor({
    exporter,
    ...config,
    scheduledDelayMillis: config.scheduledDelayMillis ?? DEFAULT_BATCH_DELAY_MS,
  });
}

const EXPORTERS: Record<string, () => LogRecordProcessor> = {
  otlp: () => createBatchProcessor(createOtlpExporter()),
  console: () => new SimpleLogRecordProcessor({ exporter: new ConsoleLogRecordExporter() }),
};

/**
 * Log record processors for `OTEL_LOGS_EXPORTER` (a list, default `otlp`): `otlp` (to
 * OTEL_EXPORTER_OTLP_LOGS_ENDPOINT, by default the OTLP endpoint's /v1/logs, the viewer's),
 * `console`, `none`. An empty list leaves log records unexported; the service still prints its
 * lines.
 */
export function createLogRecordProcessorsFromEnv(): LogRecordProcessor[] {
  return fromExporterList('OTEL_LOGS_EXPORTER', ['otlp'], EXPORTERS);
}
