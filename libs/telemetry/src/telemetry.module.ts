import {
  Global,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationShutdown,
  RequestMethod,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OpenTelemetryModule } from 'nestjs-otel';
import { HttpRouteInterceptor } from './http-route.interceptor';
import { shutdownTelemetry } from './telemetry-shutdown';
import { TraceResponseMiddleware } from './trace-response.middleware';

/**
 * What every app imports for tracing: nestjs-otel's TraceService and `@Span` support, span names
 * and `http.route` on server spans, the `traceresponse` header, and a flush of every ended span
 * when Nest shuts down (on SIGTERM/SIGINT with `enableShutdownHooks`).
 */
@Global()
@Module({
  imports: [OpenTelemetryModule.forRoot()],
  providers: [{ provide: APP_INTERCEPTOR, useClass: HttpRouteInterceptor }],
  exports: [OpenTelemetryModule],
})
export class TelemetryModule implements NestModule, OnApplicationShutdown {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TraceResponseMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }

  onApplicationShutdown(): Promise<void> {
    return shutdownTelemetry();
  }
}
