import { HttpService } from '@nestjs/axios';
import { HttpStatus } from '@nestjs/common';
import axios from 'axios';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultEngine, FaultInjector } from '@app/faults';
import { DownstreamError } from '../errors/downstream.error';
import { DownstreamClient } from './downstream.client';
import { downstreamHttpOptions, HOP_SOCKET_IDLE_MS } from './downstream-http.options';

/** A real HTTP server on a free port answering `path` → [status, body, headers]. */
async function hop(answers: Record<string, [number, unknown, Record<string, string>?]>) {
  let connections = 0;
  const server: Server = createServer((request, response) => {
    const [status, body, headers] = answers[request.url ?? ''] ?? [500, { message: 'no route' }];
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

describe(DownstreamClient.name, () => {
  const client = new DownstreamClient(
    new HttpService(axios.create(downstreamHttpOptions(1_000))),
    new FaultInjector(new FaultEngine('test-service', 1)),
  );
  let server: Awaited<ReturnType<typeof hop>>;

  beforeAll(async () => {
    server = await hop({
      '/users/1': [200, { id: 1 }],
      '/users/9': [404, { statusCode: 404, message: 'User 9 not found' }],
      '/moved': [302, {}, { location: '/users/1' }],
      '/broken': [500, { message: 'boom' }],
    });
  });
  afterAll(() => server.close());

  const get = (url: string) => client.request(`hop`, { baseURL: server.baseURL, url });

  it('resolves with the body of a 2xx answer', async () => {
    await expect(get('/users/1')).resolves.toEqual({ id: 1 });
  });

  it("passes a 404 through with the hop's own message", async () => {
    const error = await get('/users/9').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DownstreamError);
    expect(error).toMatchObject({
      hop: 'hop',
      status: HttpStatus.NOT_FOUND,
      message: 'User 9 not found',
    });
  });

  it('turns a 5xx into a 502 naming the hop', async () => {
    await expect(get('/broken')).rejects.toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'hop answered 500: boom',
    });
  });

  it('does not follow a redirect: a hop that redirects answered something unexpected', async () => {
    await expect(get('/moved')).rejects.toMatchObject({
      status: HttpStatus.BAD_GATEWAY,
      message: 'hop answered 302: HTTP 302',
    });
  });

  it('reuses one connection for calls in sequence', async () => {
    const before = server.connections();
    for (let i = 0; i < 5; i++) await get('/users/1');
    expect(server.connections() - before).toBeLessThanOrEqual(1);
  });

  it("closes an idle connection before the callee's keep-alive timeout would", () => {
    expect(HOP_SOCKET_IDLE_MS).toBeLessThan(createServer().keepAliveTimeout);
  });
});
