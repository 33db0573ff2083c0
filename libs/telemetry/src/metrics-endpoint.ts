import type { IncomingMessage, ServerResponse } from 'node:http';

type MetricsHandler = (request: IncomingMessage, response: ServerResponse) => void;

let handler: MetricsHandler | undefined;

/** Registers what answers `GET /metrics`; called once by `startTelemetry` for the Prometheus reader. */
export function setMetricsHandler(fn: MetricsHandler): void {
  handler = fn;
}

/**
 * Answers a scrape with the Prometheus text of the service's metrics. Returns false, writing
 * nothing, when no Prometheus reader runs (OTEL_METRICS_EXPORTER without `prometheus`).
 */
export function serveMetrics(request: IncomingMessage, response: ServerResponse): boolean {
  if (!handler) return false;
  handler(request, response);
  return true;
}
