import { diag, DiagConsoleLogger, DiagLogLevel } from '@opentelemetry/api';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
} from '@opentelemetry/semantic-conventions';
import type { IncomingMessage } from 'node:http';
import { setTelemetryShutdown } from '../telemetry-shutdown';
import { isUntracedSocket } from '../untraced-server';
import { nameServerSpanByRoute, writeTraceResponse } from './http-server-hooks';
import { readPackageVersion } from './package-version';
import { createSpanProcessorsFromEnv } from './span-processors.factory';

export interface TelemetryStartOptions {
  /** Default `service.name`; `OTEL_SERVICE_NAME` or `OTEL_RESOURCE_ATTRIBUTES` override it. */
  serviceName: string;
}

const UNTRACED_PATHS = new Set(['/health', '/health/ready']);

/**
 * Starts the OpenTelemetry SDK for one service. Call it before anything loads `http` or
 * `@nestjs/core`: instrumentation patches modules as they are required, so a module loaded
 * earlier is silently never traced.
 */
export function startTelemetry({ serviceName }: TelemetryStartOptions): void {
  diag.setLogger(new DiagConsoleLogger(), DiagLogLevel.WARN);

  const sdk = new NodeSDK({
    // Code-given defaults; NodeSDK merges the env detector over them, so the standard variables win.
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: serviceName,
      [ATTR_SERVICE_VERSION]: readPackageVersion(),
      [ATTR_DEPLOYMENT_ENVIRONMENT_NAME]: 'local',
    }),
    spanProcessors: createSpanProcessorsFromEnv(),
    // Traces only: empty lists stop NodeSDK from exporting OTLP metrics and logs by default,
    // which nothing here receives. The metrics exercise adds a reader here.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        // An instrumentation patches `http` as soon as it is constructed; `enabled: false` leaves
        // that to NodeSDK's start(), which OTEL_SDK_DISABLED=true skips: disabled is then free.
        enabled: false,
        // Health checks and the admin listener (faults, stock) must not make traces of their own.
        ignoreIncomingRequestHook: (request: IncomingMessage) =>
          UNTRACED_PATHS.has(request.url ?? '') || isUntracedSocket(request.socket),
        responseHook: writeTraceResponse,
        applyCustomAttributesOnSpan: nameServerSpanByRoute,
      }),
    ],
  });

  sdk.start();
  setTelemetryShutdown(() => sdk.shutdown());
}
