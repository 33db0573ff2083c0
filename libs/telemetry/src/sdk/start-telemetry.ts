import { context, diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import { CompositePropagator, isTracingSuppressed } from '@opentelemetry/core';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PinoInstrumentation } from '@opentelemetry/instrumentation-pino';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
} from '@opentelemetry/semantic-conventions';
import {
  createBusinessBaggageSpanProcessor,
  recordRejectedBusinessHeaders,
} from '../business/business-span-processors';
import { EdgeBusinessPropagator } from '../business/edge-business.propagator';
import { createLogRecordProcessorsFromEnv } from '../logs/log-record-processors.factory';
import { RedactingLogRecordProcessor } from '../logs/redacting.log-record-processor';
import { RedactingSpanProcessor } from '../redaction/redacting.span-processor';
import { REDACTED_QUERY_PARAMS } from '../redaction/redaction-rules';
import { redactionRulesFromEnv } from '../redaction/redaction-settings';
import { setTelemetryShutdown } from '../telemetry-shutdown';
import { addUntracedPaths, isUntracedRequest } from '../untraced-server';
import { defaultPropagatorFromEnv } from './default-propagator';
import { writeTraceResponse } from './http-server-hooks';
import { readPackageVersion } from './package-version';
import { createMetricReadersFromEnv } from './metric-readers.factory';
import { createSpanProcessorsFromEnv } from './span-processors.factory';

/** Whether an outgoing request is made with tracing suppressed, as every exporter sends. */
const isSuppressedRequest = (): boolean => isTracingSuppressed(context.active());

export interface TelemetryStartOptions {
  /** Default `service.name`; `OTEL_SERVICE_NAME` or `OTEL_RESOURCE_ATTRIBUTES` override it. */
  serviceName: string;
  /**
   * True for the service that faces callers (the gateway): it turns the business headers into
   * `business.*` baggage and drops any `business.*` baggage a caller sent. Every other service
   * trusts the `business.*` baggage it receives.
   */
  edge?: boolean;
  /** Paths besides health and metrics whose requests make no spans (background bookkeeping). */
  untracedPaths?: readonly string[];
}

/**
 * Starts the OpenTelemetry SDK for one service. Call it before anything loads `http` or
 * `@nestjs/core`: instrumentation patches modules as they are required, so a module loaded
 * earlier is silently never traced.
 */
export function startTelemetry({
  serviceName,
  edge = false,
  untracedPaths = [],
}: TelemetryStartOptions): void {
  addUntracedPaths(untracedPaths);
  diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.WARN);
  const redaction = redactionRulesFromEnv();
  const propagator = defaultPropagatorFromEnv();
  const logExporters = createLogRecordProcessorsFromEnv();

  const sdk = new NodeSDK({
    // Code-given defaults; NodeSDK merges the env detector over them, so the standard variables win.
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: serviceName,
      [ATTR_SERVICE_VERSION]: readPackageVersion(),
      [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: 'local',
    }),
    // In order: business attributes as a span starts, redaction as it ends, then the exporters,
    // which therefore only ever see redacted spans.
    spanProcessors: [
      createBusinessBaggageSpanProcessor(),
      ...(redaction ? [new RedactingSpanProcessor(redaction)] : []),
      ...createSpanProcessorsFromEnv(),
    ],
    textMapPropagator: edge
      ? new CompositePropagator({
          propagators: [...(propagator ? [propagator] : []), new EdgeBusinessPropagator()],
        })
      : propagator,
    // An empty list (OTEL_METRICS_EXPORTER=none) leaves metrics off: no meter provider at all.
    metricReaders: createMetricReadersFromEnv(),
    // Log records come from pino (the instrumentation below); redacted before any exporter.
    logRecordProcessors: [
      ...(redaction ? [new RedactingLogRecordProcessor(redaction)] : []),
      ...logExporters,
    ],
    instrumentations: [
      new HttpInstrumentation({
        // An instrumentation patches `http` as soon as it is constructed; `enabled: false` leaves
        // that to NodeSDK's start(), which OTEL_SDK_DISABLED=true skips: disabled is then free.
        enabled: false,
        // Health checks and the admin listener (faults, stock) must not make traces of their own.
        ignoreIncomingRequestHook: isUntracedRequest,
        responseHook: writeTraceResponse,
        ...(redaction
          ? {
              redactedQueryParams: [...REDACTED_QUERY_PARAMS],
              redactedQueryParamsServer: [...REDACTED_QUERY_PARAMS],
            }
          : {}),
        // The exporters' own requests (spans, logs, metrics sent to the viewer or a collector)
        // run with tracing suppressed: they are the SDK's, not the service's, so they make no
        // client span and do not count in http_client_request_duration.
        ignoreOutgoingRequestHook: isSuppressedRequest,
        ...(edge ? { startIncomingSpanHook: recordRejectedBusinessHeaders } : {}),
      }),
      // Stamps trace_id, span_id and trace_flags on every line written inside a span, and sends
      // each line as an OTLP log record carrying the same ids: only when a log exporter takes
      // them (OTEL_LOGS_EXPORTER=none leaves each line a record nobody would read).
      new PinoInstrumentation({ enabled: false, disableLogSending: logExporters.length === 0 }),
    ],
  });

  sdk.start();
  setTelemetryShutdown(() => sdk.shutdown());
}
