import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { buildOrderTrace } from './fixture-traces';

// A stand-in for the viewer's query API serving canned traces and the built UI, so the UI can be
// developed and screenshotted without the back end. Run: npx tsx <this file> [port]

const DIST = join(__dirname, '../../ui/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

const envelope = (data: unknown): object => ({
  data,
  total: Array.isArray(data) ? data.length : 0,
  limit: 0,
  offset: 0,
  errors: null,
});

/** Starts the mock viewer on a port and resolves with the server. */
export async function startMockViewer(port: number): Promise<Server> {
  const now = Date.now() * 1000;
  const traces = [
    buildOrderTrace(now - 120_000_000),
    buildOrderTrace(now - 60_000_000, true),
    buildOrderTrace(now - 5_000_000),
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/api/services')
      return json(
        res,
        200,
        envelope([
          'api-gateway',
          'database-service',
          'inventory-service',
          'order-service',
          'user-service',
        ]),
      );
    if (/^\/api\/services\/[^/]+\/operations$/.test(path))
      return json(res, 200, envelope(['POST /orders', 'api-gateway.create_order', 'GET', 'POST']));
    if (path === '/api/traces') {
      if (url.searchParams.get('minDuration') === 'bad') {
        return json(res, 400, {
          data: null,
          total: 0,
          limit: 0,
          offset: 0,
          errors: [
            {
              code: 400,
              msg: 'unable to parse param \'minDuration\': time: invalid duration "bad"',
            },
          ],
        });
      }
      return json(res, 200, envelope(traces));
    }
    const one = path.match(/^\/api\/traces\/([^/]+)$/);
    if (one) {
      const trace = traces.find((t) => t.traceID === one[1]);
      return trace
        ? json(res, 200, envelope([trace]))
        : json(res, 404, {
            data: null,
            total: 0,
            limit: 0,
            offset: 0,
            errors: [{ code: 404, msg: 'trace not found' }],
          });
    }
    if (path === '/api/ui/service-map') {
      return json(res, 200, {
        data: {
          services: [
            { name: 'api-gateway', spanCount: 15, errorCount: 0 },
            { name: 'user-service', spanCount: 6, errorCount: 0 },
            { name: 'order-service', spanCount: 9, errorCount: 0 },
            { name: 'database-service', spanCount: 5, errorCount: 0 },
            { name: 'inventory-service', spanCount: 5, errorCount: 1 },
          ],
          edges: [
            { parent: 'api-gateway', child: 'user-service', callCount: 3, errorCount: 0 },
            { parent: 'api-gateway', child: 'order-service', callCount: 3, errorCount: 1 },
            { parent: 'user-service', child: 'database-service', callCount: 3, errorCount: 0 },
            { parent: 'order-service', child: 'database-service', callCount: 2, errorCount: 0 },
            { parent: 'order-service', child: 'inventory-service', callCount: 5, errorCount: 1 },
          ],
        },
      });
    }
    if (path === '/api/ui/stats') {
      const rows = [
        {
          service: 'api-gateway',
          operation: 'POST /orders',
          spanKind: 'server',
          count: 3,
          errorCount: 1,
          ratePerSecond: 0.05,
          errorRate: 0.333,
          p50Ms: 96,
          p95Ms: 120.4,
          p99Ms: 130.2,
        },
        {
          service: 'api-gateway',
          operation: 'api-gateway.create_order',
          spanKind: 'internal',
          count: 3,
          errorCount: 0,
          ratePerSecond: 0.05,
          errorRate: 0,
          p50Ms: 95,
          p95Ms: 119,
          p99Ms: 129,
        },
        {
          service: 'inventory-service',
          operation: 'inventory-service.check',
          spanKind: 'server',
          count: 3,
          errorCount: 1,
          ratePerSecond: 0.05,
          errorRate: 0.333,
          p50Ms: 10,
          p95Ms: 12,
          p99Ms: 12.5,
        },
      ];
      const service = url.searchParams.get('service');
      return json(res, 200, { data: rows.filter((r) => !service || r.service === service) });
    }
    if (path === '/api/ui/live') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const timer = setInterval(() => {
        const t = buildOrderTrace(Date.now() * 1000);
        traces.push(t);
        const spans = t.spans as { startTime: number }[];
        res.write(
          `event: trace\ndata: ${JSON.stringify({ traceID: t.traceID, rootServiceName: 'api-gateway', rootOperationName: 'POST /orders', startTime: spans[0].startTime, duration: 96000, spanCount: spans.length, errorSpanCount: 0, services: ['api-gateway', 'user-service', 'database-service', 'order-service', 'inventory-service'] })}\n\n`,
        );
      }, 1500);
      req.on('close', () => clearInterval(timer));
      return;
    }
    const file =
      normalize(join(DIST, path)).startsWith(DIST) && extname(path)
        ? join(DIST, path)
        : join(DIST, 'index.html');
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => json(res, 404, { error: 'not found' }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

if (require.main === module) {
  const port = Number(process.argv[2] ?? 16790);
  void startMockViewer(port).then(() => console.log(`mock viewer on http://127.0.0.1:${port}`));
}
