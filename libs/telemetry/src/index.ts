export { Span, TraceService } from 'nestjs-otel';
export { TelemetryModule } from './telemetry.module';
export { withSpan } from './with-span';
export * from './telemetry.attributes';
