import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type RequestListener, type Server } from 'node:http';
import { excludeFromTracing } from '@app/telemetry';
import { rememberAdminSocket } from './admin-sockets';

/**
 * The admin listener: a second HTTP server on the same Express app, on ADMIN_HOST:ADMIN_PORT.
 * Its requests are not traced, and ListenerGuard lets them reach only the admin routes.
 */
@Injectable()
export class AdminServer implements OnApplicationShutdown {
  private server?: Server;

  /** Starts listening with the app's request handler. */
  async listen(handler: RequestListener, port: number, host: string): Promise<void> {
    const server = createServer(handler);
    excludeFromTracing(server);
    server.on('connection', rememberAdminSocket);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
  }

  onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
