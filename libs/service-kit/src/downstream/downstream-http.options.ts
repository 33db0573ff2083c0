import type { HttpModuleOptions } from '@nestjs/axios';
import { Agent } from 'node:http';

/**
 * How long a pooled connection to a hop may sit idle before the client closes it: below the
 * callee's keep-alive timeout (Node's server default, 5 s), so the client always gives up a
 * connection before the server does and never sends a request on a socket being closed under it
 * (which would fail with ECONNRESET).
 */
export const HOP_SOCKET_IDLE_MS = 4_000;

/**
 * The axios settings of every service-to-service call. Each one removes work from every call
 * without changing what the call does:
 * - one keep-alive agent per service, so calls reuse their connections (see HOP_SOCKET_IDLE_MS);
 * - `maxRedirects: 0`: a hop never redirects, and with none to follow axios sends the request
 *   through Node's `http` itself instead of wrapping it in follow-redirects;
 * - `proxy: false`: hops are reached directly, so axios does not look up the proxy variables
 *   (`HTTP_PROXY`, `NO_PROXY` …) again on every call;
 * - `validateStatus`: every answer resolves and DownstreamClient maps the status itself, rather
 *   than axios building an error with its stack for each 404 or 409 a caller expects.
 */
export function downstreamHttpOptions(timeoutMs: number): HttpModuleOptions {
  return {
    timeout: timeoutMs,
    httpAgent: new Agent({ keepAlive: true, timeout: HOP_SOCKET_IDLE_MS }),
    maxRedirects: 0,
    proxy: false,
    validateStatus: () => true,
  };
}
