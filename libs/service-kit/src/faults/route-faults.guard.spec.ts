import type { ExecutionContext } from '@nestjs/common';
import { FaultEngine, FaultInjector, InjectedFaultError } from '@app/faults';
import { HealthController } from '../health/health.controller';
import { RouteFaultsGuard } from './route-faults.guard';

class OrdersController {}

/** A request to `method path` handled by `controller`, as Nest hands it to a guard. */
function routeContext(controller: object, method: string, path: string): ExecutionContext {
  const request = { method, route: { path } };
  return {
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe(RouteFaultsGuard.name, () => {
  let engine: FaultEngine;
  let guard: RouteFaultsGuard;

  beforeEach(() => {
    engine = new FaultEngine('order-service', 1);
    guard = new RouteFaultsGuard(new FaultInjector(engine));
  });

  it('lets every request through at once while no rule is set, without reading it', () => {
    const untouched = {
      getClass: () => OrdersController,
      switchToHttp: () => {
        throw new Error('the guard read the request');
      },
    } as unknown as ExecutionContext;
    expect(guard.canActivate(untouched)).toBe(true);
  });

  it('fails the route a rule names with the injected error', () => {
    engine.add({ kind: 'error', operation: 'POST /orders', status: 503 });
    expect(() => guard.canActivate(routeContext(OrdersController, 'POST', '/orders'))).toThrow(
      InjectedFaultError,
    );
    expect(guard.canActivate(routeContext(OrdersController, 'GET', '/orders/:id'))).toBe(true);
  });

  it('delays the request by a latency rule, then lets it through', async () => {
    engine.add({ kind: 'latency', latencyMs: 30 });
    const started = performance.now();
    await expect(
      guard.canActivate(routeContext(OrdersController, 'GET', '/orders/:id')),
    ).resolves.toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('never strikes health probes', () => {
    engine.add({ kind: 'error' });
    expect(guard.canActivate(routeContext(HealthController, 'GET', '/health'))).toBe(true);
  });
});
