/**
 * Where the services send their telemetry unless told otherwise, and where its query API answers:
 * Jaeger's ports, which the built-in trace viewer (`npm start`) takes over so that either backend
 * serves the same URLs.
 */
export const TRACE_BACKEND = {
  /** The query API and web UI. */
  queryPort: 16686,
  /** OTLP over HTTP (`/v1/traces`, `/v1/logs`): the OpenTelemetry SDK's default endpoint. */
  otlpHttpPort: 4318,
  /** Jaeger Thrift over HTTP (`/api/traces`), for `OTEL_TRACES_EXPORTER=jaeger`. */
  jaegerThriftPort: 14268,
} as const;

/** Where the tools read traces unless JAEGER_QUERY_URL (or their option) says otherwise. */
export const DEFAULT_TRACE_QUERY_URL = `http://localhost:${TRACE_BACKEND.queryPort}`;
