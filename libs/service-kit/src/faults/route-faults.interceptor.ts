import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { FaultInjector } from '@app/faults';
import { ADMIN_ONLY } from '../admin/admin-only.decorator';
import { HealthController } from '../health/health.controller';

/**
 * The route injection point: before each handler of the public API (not health, not admin),
 * inside its server span, so whole-service rules and rules naming a route such as
 * `POST /inventory/reserve` strike once per request.
 */
@Injectable()
export class RouteFaultsInterceptor implements NestInterceptor {
  constructor(
    private readonly injector: FaultInjector,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getClass() === HealthController) return next.handle();
    if (this.reflector.get<boolean>(ADMIN_ONLY, context.getClass())) return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path}`;
    const pending = this.injector.onRoute(route);
    return pending ? from(pending).pipe(switchMap(() => next.handle())) : next.handle();
  }
}
