import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { probeReadiness } from './readiness-probe';

describe(probeReadiness.name, () => {
  let server: Server;
  let base: string;
  let readyStatus = 404;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(request.url === '/health/ready' ? readyStatus : 200);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('lets /health decide where /health/ready does not exist (404)', async () => {
    readyStatus = 404;
    expect(await probeReadiness(`${base}/health`, `${base}/health/ready`)).toEqual({
      ready: true,
      url: `${base}/health`,
      status: 200,
    });
  });

  it('is not ready while /health/ready answers 503, however /health answers', async () => {
    readyStatus = 503;
    expect(await probeReadiness(`${base}/health`, `${base}/health/ready`)).toEqual({
      ready: false,
      url: `${base}/health/ready`,
      status: 503,
    });
  });

  it('is not ready when nothing listens', async () => {
    const idle = createServer();
    await new Promise<void>((resolve) => idle.listen(0, '127.0.0.1', resolve));
    const { port } = idle.address() as AddressInfo;
    await new Promise((resolve) => idle.close(resolve));
    const probe = await probeReadiness(`http://127.0.0.1:${port}/health`, undefined);
    expect(probe.ready).toBe(false);
  });
});
