import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import {
  ConsoleMetricExporter,
  type IMetricReader,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
// NodeSDK's own OTLP metric exporter and periodic reader built from the OTEL_EXPORTER_OTLP_* and
// OTEL_METRIC_EXPORT_* variables; like getPropagatorFromEnv, they have no public export.
import {
  getOtlpMetricExporterFromEnv,
  getPeriodicExportingMetricReaderFromEnv,
} from '@opentelemetry/sdk-node/build/src/utils';
import { setMetricsHandler } from '../metrics-endpoint';
import { fromExporterList } from './exporters-from-env';

function createPrometheusReader(): IMetricReader {
  // No server of its own: the service answers GET /metrics on its own port (MetricsController).
  const exporter = new PrometheusExporter({ preventServerStart: true });
  setMetricsHandler((request, response) => exporter.getMetricsRequestHandler(request, response));
  return exporter;
}

const READERS: Record<string, () => IMetricReader> = {
  prometheus: createPrometheusReader,
  otlp: () => getPeriodicExportingMetricReaderFromEnv(getOtlpMetricExporterFromEnv()),
  console: () => new PeriodicExportingMetricReader({ exporter: new ConsoleMetricExporter() }),
};

/**
 * Metric readers for `OTEL_METRICS_EXPORTER` (a list; this project's default is `prometheus`,
 * served at GET /metrics, where the SDK's is `otlp`): `prometheus`, `otlp`, `console`, `none`.
 */
export function createMetricReadersFromEnv(): IMetricReader[] {
  return fromExporterList('OTEL_METRICS_EXPORTER', ['prometheus'], READERS);
}
