import type { ExecutionContext } from '@nestjs/common';
import { context, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { getRPCMetadata, type RPCMetadata, RPCType, setRPCMetadata } from '@opentelemetry/core';
import { HttpRouteGuard } from './http-route.guard';
import { useInMemoryTracing } from './testing';

/** A request Express matched to `route` (none: no route matched), as Nest hands it to a guard. */
function routed(route?: string): ExecutionContext {
  const request = route ? { route: { path: route } } : {};
  return { switchToHttp: () => ({ getRequest: () => request }) } as unknown as ExecutionContext;
}

describe(HttpRouteGuard.name, () => {
  useInMemoryTracing();
  const guard = new HttpRouteGuard();

  /** Runs the guard inside a server request's context, as the HTTP instrumentation sets it up. */
  function guardInRequest(request: ExecutionContext): { allowed: boolean; metadata: RPCMetadata } {
    const metadata: RPCMetadata = {
      type: RPCType.HTTP,
      span: trace.getTracer('test').startSpan('GET'),
    };
    const allowed = context.with(setRPCMetadata(ROOT_CONTEXT, metadata), () =>
      guard.canActivate(request),
    );
    return { allowed, metadata };
  }

  it("hands the matched route to the HTTP instrumentation through the request's RPC metadata", () => {
    const { allowed, metadata } = guardInRequest(routed('/users/:id'));
    expect(allowed).toBe(true);
    expect(metadata.route).toBe('/users/:id');
  });

  it('sets no route when none matched, and lets the request through', () => {
    const { allowed, metadata } = guardInRequest(routed());
    expect(allowed).toBe(true);
    expect(metadata.route).toBeUndefined();
  });

  it('does nothing outside a traced request (tracing off, or an untraced path)', () => {
    expect(getRPCMetadata(context.active())).toBeUndefined();
    expect(guard.canActivate(routed('/users/:id'))).toBe(true);
  });
});
