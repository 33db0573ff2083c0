import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { FaultInjector } from '@app/faults';
import { HealthController } from '../health/health.controller';

/**
 * The route injection point: before each handler of the public API (not health; the admin API is
 * another Nest app), inside its server span, so whole-service rules and rules naming a route such
 * as `POST /inventory/reserve` strike once per request. A guard rather than an interceptor: Nest
 * runs a request through interceptors as rxjs observables, and would do so for every request
 * even with no rule set; a guard with nothing to do returns `true` and costs one check.
 */
@Injectable()
export class RouteFaultsGuard implements CanActivate {
  constructor(private readonly injector: FaultInjector) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (this.injector.idle) return true;
    if (context.getClass() === HealthController) return true;
    const request = context.switchToHttp().getRequest<Request>();
    const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path}`;
    const pending = this.injector.onRoute(route);
    return pending ? pending.then(() => true) : true;
  }
}
