import { diag } from '@opentelemetry/api';
import { getStringFromEnv, getStringListFromEnv } from '@opentelemetry/core';
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
import { DEFAULT_BATCH_DELAY_MS } from '../sdk/span-processors.factory';

function createOtlpExporter(): LogRecordExporter {
  const protocol =
    getStringFromEnv('OTEL_EXPORTER_OTLP_LOGS_PROTOCOL') ??
    getStringFromEnv('OTEL_EXPORTER_OTLP_PROTOCOL') ??
    'http/protobuf';
  switch (protocol) {
    case 'http/json':
      return new OtlpJsonLogExporter();
    case 'grpc':
      return new OtlpGrpcLogExporter();
    case 'http/protobuf':
      return new OtlpProtoLogExporter();
    default:
      diag.warn(`Unsupported OTLP protocol "${protocol}", using http/protobuf.`);
      return new OtlpProtoLogExporter();
  }
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
 * OTEL_EXPORTER_OTLP_LOGS_ENDPOINT, by default the viewer's :4318/v1/logs), `console`, `none`.
 * An empty list leaves log records unexported; the service still prints its lines.
 */
export function createLogRecordProcessorsFromEnv(): LogRecordProcessor[] {
  const names = [...new Set(getStringListFromEnv('OTEL_LOGS_EXPORTER') ?? ['otlp'])];
  if (names.includes('none')) return [];
  return names.flatMap((name) => {
    const create = EXPORTERS[name];
    if (!create) {
      diag.warn(`Unrecognized OTEL_LOGS_EXPORTER value "${name}" ignored.`);
      return [];
    }
    return [create()];
  });
}
