import { getNumberFromEnv, getStringFromEnv } from '@opentelemetry/core';
import { JaegerExporter } from '@opentelemetry/exporter-jaeger';
import { OTLPTraceExporter as OtlpGrpcTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { OTLPTraceExporter as OtlpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import {
  BatchSpanProcessor,
  type BufferConfig,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { TRACE_BACKEND } from '@app/topology';
import { fromExporterList, otlpExporterFromEnv } from './exporters-from-env';

/** Where `OTEL_TRACES_EXPORTER=jaeger` sends spans unless told otherwise: the built-in viewer. */
const DEFAULT_JAEGER_ENDPOINT = `http://localhost:${TRACE_BACKEND.jaegerThriftPort}/api/traces`;

function createOtlpExporter(): SpanExporter {
  return otlpExporterFromEnv<SpanExporter>('TRACES', {
    'http/protobuf': () => new OtlpProtoTraceExporter(),
    'http/json': () => new OtlpJsonTraceExporter(),
    grpc: () => new OtlpGrpcTraceExporter(),
  });
}

function createJaegerExporter(): SpanExporter {
  const agentConfigured =
    getStringFromEnv('OTEL_EXPORTER_JAEGER_ENDPOINT') ??
    getStringFromEnv('OTEL_EXPORTER_JAEGER_AGENT_HOST');
  // The exporter reads its own OTEL_EXPORTER_JAEGER_* variables; only the default differs.
  return new JaegerExporter(agentConfigured ? {} : { endpoint: DEFAULT_JAEGER_ENDPOINT });
}

/**
 * The batch delay when OTEL_BSP_SCHEDULE_DELAY is unset. The SDK's 5 s suits a remote collector;
 * to a viewer on the same machine it only means waiting: at 200 ms a request's spans can be
 * queried well within a second, for at most five small exports a second per service.
 */
export const DEFAULT_BATCH_DELAY_MS = 200;

/** Batch settings: the standard OTEL_BSP_* variables, with this project's delay by default. */
function batchConfig(): BufferConfig {
  return {
    scheduledDelayMillis: getNumberFromEnv('OTEL_BSP_SCHEDULE_DELAY') ?? DEFAULT_BATCH_DELAY_MS,
  };
}

const EXPORTERS: Record<string, () => SpanExporter> = {
  otlp: createOtlpExporter,
  jaeger: createJaegerExporter,
  console: () => new ConsoleSpanExporter(),
};

/**
 * Span processors for the exporters named in `OTEL_TRACES_EXPORTER` (default `otlp`), as the
 * specification describes. NodeSDK does the same but knows no `jaeger`, so this replaces it.
 * Never an empty list: without a processor NodeSDK registers no tracer provider at all, so spans
 * would not even be recorded and no trace id minted (no traceresponse, no traceId in error
 * bodies). `none` means no exporter, not no tracing; OTEL_SDK_DISABLED=true turns tracing off.
 */
export function createSpanProcessorsFromEnv(): SpanProcessor[] {
  const processors = fromExporterList('OTEL_TRACES_EXPORTER', ['otlp'], EXPORTERS).map(
    (exporter): SpanProcessor =>
      // The console is for reading spans as they end; batching would only delay them.
      exporter instanceof ConsoleSpanExporter
        ? new SimpleSpanProcessor(exporter)
        : new BatchSpanProcessor(exporter, batchConfig()),
  );
  return processors.length > 0 ? processors : [new NoopSpanProcessor()];
}
