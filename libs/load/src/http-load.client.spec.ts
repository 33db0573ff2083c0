import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpLoadClient } from './http-load.client';

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
