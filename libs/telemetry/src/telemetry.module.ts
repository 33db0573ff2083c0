import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { OpenTelemetryModule } from 'nestjs-otel';
import { MetricsController } from './metrics/metrics.controller';
import { shutdownTelemetry } from './telemetry-shutdown';

/**
 * What every app imports for tracing: nestjs-otel's TraceService and `@Span` support, and a flush
 * of every ended span when Nest shuts down (on SIGTERM/SIGINT with `enableShutdownHooks`). Span
 * names with `http.route` and the `traceresponse` header come from the HTTP instrumentation's
 * hooks (sdk/http-server-hooks.ts), so they cost nothing when tracing is off. `GET /metrics` serves
 * the Prometheus reader that startTelemetry created, if OTEL_METRICS_EXPORTER names one.
 */
@Global()
@Module({
  imports: [OpenTelemetryModule.forRoot()],
  controllers: [MetricsController],
  exports: [OpenTelemetryModule],
})
export class TelemetryModule implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return shutdownTelemetry();
  }
}
