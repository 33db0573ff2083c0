// The one way to open a manual span: nestjs-otel's `@Span` decorator (tracer `nestjs-otel`), with
// `TraceService.getSpan()` to add attributes and events to it from inside the method.
export { MetricService, Span, TraceService } from 'nestjs-otel';
export { TelemetryModule } from './telemetry.module';
export * from './telemetry.attributes';
