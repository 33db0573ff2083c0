import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { constants } from 'node:os';
import type { AddressInfo } from 'node:net';
import { type StackLauncher, UnknownAppError } from './stack-launcher';

/** The launcher's control port by default (loopback only); `STACK_CONTROL_PORT` moves it. */
export const DEFAULT_CONTROL_PORT = 9999;

const APP_ROUTE = /^\/apps\/([a-z-]+)\/(start|stop)$/;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function route(
  launcher: StackLauncher,
  request: IncomingMessage,
): Promise<[number, unknown]> {
  const url = new URL(request.url ?? '/', 'http://stack');
  if (request.method === 'GET' && url.pathname === '/apps')
    return [200, { apps: launcher.status() }];
  const match = APP_ROUTE.exec(url.pathname);
  if (request.method !== 'POST' || !match) {
    return [404, { error: `no route ${request.method} ${url.pathname}` }];
  }
  const [, name, action] = match;
  if (action === 'start') return [200, await launcher.start(name)];
  const signal = url.searchParams.get('signal') ?? 'SIGINT';
  if (!(signal in constants.signals)) return [400, { error: `unknown signal ${signal}` }];
  return [200, await launcher.stop(name, signal as NodeJS.Signals)];
}

/**
 * The launcher's control API for `npm run stack`: `GET /apps`, `POST /apps/<name>/stop[?signal=]`
 * and `POST /apps/<name>/start`, JSON over Node's HTTP on 127.0.0.1 only.
 */
export async function startControlServer(launcher: StackLauncher, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    request.resume();
    route(launcher, request).then(
      ([status, body]) => send(response, status, body),
      (error: unknown) =>
        error instanceof UnknownAppError
          ? send(response, 404, { error: error.message })
          : send(response, 500, { error: (error as Error).message }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** The port a started control server listens on (useful with port 0 in tests). */
export const controlPort = (server: Server) => (server.address() as AddressInfo).port;
