import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP server that accepts connections and never answers: a downstream that hangs. */
export class SilentServer {
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  /** How many connections callers opened so far. */
  accepted = 0;

  /** Starts listening on an ephemeral port and resolves with an http:// URL for it. */
  async start(): Promise<string> {
    this.server = createServer((socket) => {
      this.accepted += 1;
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      // Read and drop the request so the caller's write completes and it waits for an answer.
      socket.resume();
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }
}

/** A port that nothing listens on (bound once, then released): a downstream that is down. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}
