import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { MetricService, TraceService } from 'nestjs-otel';
import { MetricsController } from './metrics/metrics.controller';
import { shutdownTelemetry } from './telemetry-shutdown';

/**
 * What every app imports for tracing: nestjs-otel's TraceService and MetricService (its `@Span`
 * needs no module), and a flush of every ended span when Nest shuts down (on SIGTERM/SIGINT with
 * `enableShutdownHooks`). The two services are provided here rather than through nestjs-otel's
 * OpenTelemetryModule, which would also run its wide-events middleware on every request for a
 * feature this project does not use. Span names with `http.route` come from HttpRouteGuard and
 * the HTTP instrumentation, the `traceresponse` header from its hook (sdk/http-server-hooks.ts),
 * so they cost nothing when tracing is off. `GET /metrics` serves the Prometheus reader that
 * startTelemetry created, if OTEL_METRICS_EXPORTER names one.
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [TraceService, MetricService],
  exports: [TraceService, MetricService],
})
export class TelemetryModule implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTelemetry();
  }
}
