import { ExportResult, ExportResultCode } from '@opentelemetry/core';
import { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/** Sends spans through a real exporter and fails the test if the export failed. */
export async function exportSpans(exporter: SpanExporter, spans: ReadableSpan[]): Promise<void> {
  const result = await new Promise<ExportResult>((resolve) => exporter.export(spans, resolve));
  await exporter.shutdown();
  if (result.code !== ExportResultCode.SUCCESS) {
    throw new Error(`export failed: ${result.error?.message ?? 'unknown error'}`);
  }
}
