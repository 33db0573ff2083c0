import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { context } from '@opentelemetry/api';
// The HTTP instrumentation's own channel for the route a framework matched: it reads the route
// from the RPC metadata of the request's context as the response ends, for both the server span
// (`http.route`, and its name) and the request-duration histogram. @opentelemetry/core, not the
// SDK: the same contract the Express and Fastify instrumentations fill in.
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { Request } from 'express';

/**
 * Tells the HTTP instrumentation which route Nest matched, once per routed request, so the
 * server span is named `GET /users/:id` and `http_server_request_duration` on `/metrics` has an
 * `http_route` label. Never refuses a request. A guard because it is the first hook Nest runs
 * once it knows the route; with tracing off there is no metadata and it returns at once.
 */
@Injectable()
export class HttpRouteGuard implements CanActivate {
  canActivate(execution: ExecutionContext): true {
    const metadata = getRPCMetadata(context.active());
    if (metadata?.type !== RPCType.HTTP) return true;
    const route = (execution.switchToHttp().getRequest<Request>().route as { path?: unknown })
      ?.path;
    if (typeof route === 'string') metadata.route = route;
    return true;
  }
}
