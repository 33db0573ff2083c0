import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HttpLoadClient } from './http-load.client';

/**
 * A real server that closes a connection once it has been idle for `keepAliveTimeoutMs`, with
 * the server side of every connection it accepted.
 */
async function keepAliveServer(
  keepAliveTimeoutMs: number,
): Promise<{ server: Server; baseUrl: string; connections: Socket[] }> {
  const server = createServer((_request, response) => response.end('ok'));
  server.keepAliveTimeout = keepAliveTimeoutMs;
  // Node 24 waits a second past the timeout it announces; the test needs the bare timeout.
  server.keepAliveTimeoutBuffer = 0;
  const connections: Socket[] = [];
  server.on('connection', (socket: Socket) => connections.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}`, connections };
}

describe(HttpLoadClient.name, () => {
  let server: Server;
  let baseUrl: string;
  const seen: { method?: string; url?: string; body: string; traceparent?: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({
          method: request.method,
          url: request.url,
          body,
          traceparent: request.headers.traceparent as string | undefined,
        });
        response.writeHead(request.url === '/missing' ? 404 : 201, { 'x-answer': 'yes' });
        response.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends method, path, headers and body, and resolves with any status and the headers', async () => {
    const client = new HttpLoadClient(baseUrl);
    const created = await client.send({
      method: 'POST',
      path: '/orders?x=1',
      headers: { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
      body: '{"a":1}',
    });
    const missing = await client.send({ method: 'GET', path: '/missing' });
    client.close();

    expect(created.status).toBe(201);
    expect(created.headers['x-answer']).toBe('yes');
    expect(missing.status).toBe(404);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/orders?x=1',
        body: '{"a":1}',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      },
      { method: 'GET', url: '/missing', body: '', traceparent: undefined },
    ]);
  });

  it('reuses one connection for requests close together', async () => {
    const { server, baseUrl, connections } = await keepAliveServer(2_000);
    const client = new HttpLoadClient(baseUrl);

    await client.send({ method: 'GET', path: '/' });
    await client.send({ method: 'GET', path: '/' });
    client.close();
    await new Promise((resolve) => server.close(resolve));

    expect(connections).toHaveLength(1);
  });

  it('never sends on a connection its server is closing for idleness (the keep-alive race)', async () => {
    const { server, baseUrl, connections } = await keepAliveServer(2_000);
    const client = new HttpLoadClient(baseUrl);
    await client.send({ method: 'GET', path: '/' });

    // The next request leaves the moment the server gives up on the idle connection: in the same
    // turn of the event loop as its keep-alive timeout, before the client can have read the close
    // (or, if the client let the connection go first, as soon as the server sees it closed).
    const { next } = await new Promise<{ next: Promise<{ status: number }> }>((resolve) => {
      const [socket] = connections;
      const sendNow = () => {
        socket.off('timeout', sendNow).off('close', sendNow);
        resolve({ next: client.send({ method: 'GET', path: '/' }) });
      };
      socket.on('timeout', sendNow).on('close', sendNow);
    });

    await expect(next).resolves.toMatchObject({ status: 200 });
    client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('rejects when nothing listens', async () => {
    const idle = createServer();
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const { port } = idle.address() as AddressInfo;
    await new Promise((resolve) => idle.close(resolve));
    const client = new HttpLoadClient(`http://127.0.0.1:${port}`);

    await expect(client.send({ method: 'GET', path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    client.close();
  });
});
