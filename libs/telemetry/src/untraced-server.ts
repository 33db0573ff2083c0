import type { Server, Socket } from 'node:net';

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
