// The one way to open a manual span: `@Span` (nestjs-otel's decorator, tracer `nestjs-otel`, with
// the operation hook fault injection uses), with `TraceService.getSpan()` to add attributes and
// events to it from inside the method.
export { MetricService, TraceService } from 'nestjs-otel';
export { Span } from './span.decorator';
export { setOperationHook } from './operation-hook';
export type { OperationHook } from './operation-hook';
export { declaredOperations } from './declared-operations';
export { excludeFromTracing } from './untraced-server';
export { TelemetryModule } from './telemetry.module';
export { HttpRouteGuard } from './http-route.guard';
export * from './telemetry.attributes';
export { type OrderRequest, orderRequestAttributes } from './order-request.attributes';
export { withBusinessUserId } from './business/business-user';
