import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { ATTR_HTTP_ROUTE } from '@opentelemetry/semantic-conventions';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/**
 * Names the HTTP server span `{method} {route}` and sets `http.route`, as the HTTP semantic
 * conventions ask. Only the framework knows the matched route template; the http
 * instrumentation alone would name every server span just `GET` or `POST`.
 */
@Injectable()
export class HttpRouteInterceptor implements NestInterceptor {
  intercept(executionContext: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (executionContext.getType() === 'http') {
      const request = executionContext.switchToHttp().getRequest<Request>();
      const route = (request.route as { path?: unknown } | undefined)?.path;
      const span = trace.getActiveSpan();
      if (span && typeof route === 'string') {
        span.setAttribute(ATTR_HTTP_ROUTE, route);
        span.updateName(`${request.method} ${route}`);
      }
    }
    return next.handle();
  }
}
