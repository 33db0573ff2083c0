import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { restock } from './restock';

describe(restock.name, () => {
  let server: Server;
  let adminUrl: string;
  let routeExists = true;
  const bodies: unknown[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (!routeExists || request.url !== '/inventory/restock' || request.method !== 'POST') {
          response.writeHead(404).end('{"message":"Cannot POST"}');
          return;
        }
        const parsed = JSON.parse(body) as { product_id: number; quantity: number };
        bodies.push(parsed);
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ product_id: parsed.product_id, available: parsed.quantity + 100 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    adminUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('adds the units through the admin route and reports the stock after', async () => {
    expect(await restock(adminUrl, new Map([[1, 560]]))).toEqual({
      status: 'restocked',
      products: [{ productId: 1, added: 560, available: 660 }],
    });
    expect(bodies).toEqual([{ product_id: 1, quantity: 560 }]);
  });

  it('does nothing when the mix takes no stock', async () => {
    expect(await restock(adminUrl, new Map())).toEqual({ status: 'not-needed' });
  });

  it('says the route is missing when the admin port answers 404', async () => {
    routeExists = false;
    expect(await restock(adminUrl, new Map([[1, 5]]))).toEqual({
      status: 'failed',
      reason: `POST ${adminUrl}/inventory/restock answered 404: this inventory-service has no admin restock route`,
    });
    routeExists = true;
  });

  it('says nothing answers when the admin port is closed', async () => {
    const idle = createServer();
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(idle.address() as AddressInfo).port}`;
    await new Promise((resolve) => idle.close(resolve));
    expect(await restock(url, new Map([[1, 5]]))).toEqual({
      status: 'failed',
      reason: `nothing answers POST ${url}/inventory/restock (ECONNREFUSED)`,
    });
  });
});
