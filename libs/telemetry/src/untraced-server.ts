import type { Server, Socket } from 'node:net';
import type { IncomingMessage } from 'node:http';

// A registry-wide symbol, so the SDK entry point and the app's copy of this lib agree on it.
const UNTRACED = Symbol.for('nest-otel-trace-propagation.untraced');

type TaggedSocket = Socket & { [UNTRACED]?: boolean };

/** Marks every connection `server` accepts: requests arriving on them make no spans. */
export function excludeFromTracing(server: Server): void {
  server.on('connection', (socket: Socket) => {
    (socket as TaggedSocket)[UNTRACED] = true;
  });
}

/** Whether `socket` was accepted by a server passed to `excludeFromTracing`. */
export function isUntracedSocket(socket: TaggedSocket | null | undefined): boolean {
  return socket?.[UNTRACED] === true;
}

// Health probes and scrapes, plus the paths a service adds (background bookkeeping reads).
const untracedPaths = new Set(['/health', '/health/ready', '/metrics']);

/** Adds paths whose requests make no spans and no request log lines; startTelemetry calls it. */
export function addUntracedPaths(paths: readonly string[]): void {
  for (const path of paths) untracedPaths.add(path);
}

/**
 * Whether a request is one the service neither traces nor logs: on an untraced path, whatever
 * its query string, or arriving on an untraced listener (the admin API).
 */
export function isUntracedRequest(request: IncomingMessage): boolean {
  const url = request.url ?? '';
  const query = url.indexOf('?');
  return (
    untracedPaths.has(query === -1 ? url : url.slice(0, query)) || isUntracedSocket(request.socket)
  );
}
