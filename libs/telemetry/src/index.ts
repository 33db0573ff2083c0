export { Span, TraceService, CurrentSpan, Baggage } from 'nestjs-otel';
export { TelemetryModule } from './telemetry.module';
export { withSpan, recordSpanError, TRACER_NAME } from './with-span';
export { shutdownTelemetry } from './telemetry-shutdown';
export * from './telemetry.attributes';
