import { randomBytes } from 'node:crypto';
import { SERVICES } from '@app/topology';
import { ExportTraceServiceRequest } from '../../trace-viewer/src/ingest/otlp/otlp-schema';

const ROUTES = [
  'GET /users/:id',
  'POST /orders',
  'GET /orders/:id',
  'GET /inventory/:sku',
  'SELECT users',
];

function kv(key: string, value: string | number | boolean) {
  if (typeof value === 'string') return { key, value: { stringValue: value } };
  if (typeof value === 'boolean') return { key, value: { boolValue: value } };
  return { key, value: { intValue: value } };
}

function nanos(ms: number, extraUs = 0): string {
  return (BigInt(Math.floor(ms)) * 1_000_000n + BigInt(extraUs) * 1000n).toString();
}

/**
 * Builds one realistic OTLP protobuf request: traces of ~6 spans across the five services, each
 * span with ~10 HTTP/DB semantic-convention attributes and sometimes an event.
 */
export function buildRequest(spanCount: number, nowMs: number): Uint8Array {
  const byService = new Map<string, unknown[]>();
  let made = 0;
  while (made < spanCount) {
    const traceId = randomBytes(16);
    let parent: Buffer | undefined;
    for (let i = 0; i < 6 && made < spanCount; i++, made++) {
      const spanId = randomBytes(8);
      const { name: service, port } = SERVICES[i % SERVICES.length];
      const route = ROUTES[(made + i) % ROUTES.length];
      const start = nowMs - 1000 + i;
      const span = {
        traceId,
        spanId,
        parentSpanId: parent,
        name: route,
        kind: i === 0 ? 2 : 3,
        startTimeUnixNano: nanos(start),
        endTimeUnixNano: nanos(start, 500 + ((made * 37) % 20_000)),
        attributes: [
          kv('http.request.method', route.split(' ')[0]),
          kv('http.route', route.split(' ')[1] ?? route),
          kv('url.path', `/users/${made % 5000}`),
          kv('http.response.status_code', made % 50 === 0 ? 500 : 200),
          kv('server.address', 'localhost'),
          kv('server.port', port),
          kv('network.protocol.version', '1.1'),
          kv('user_agent.original', 'axios/1.7.9'),
          kv('app.user_id', `user-${made % 10_000}`),
          kv('app.cache_hit', made % 3 === 0),
        ],
        events:
          made % 4 === 0
            ? [
                {
                  timeUnixNano: nanos(start, 100),
                  name: 'cache.lookup',
                  attributes: [kv('cache.key', `user:${made % 5000}`)],
                },
              ]
            : [],
        status: made % 50 === 0 ? { code: 2, message: 'Internal Server Error' } : {},
      };
      parent = spanId;
      const list = byService.get(service) ?? [];
      list.push(span);
      byService.set(service, list);
    }
  }
  const message = ExportTraceServiceRequest.fromObject({
    resourceSpans: [...byService.entries()].map(([service, spans]) => ({
      resource: {
        attributes: [
          kv('service.name', service),
          kv('service.version', '1.0.0'),
          kv('telemetry.sdk.language', 'nodejs'),
          kv('telemetry.sdk.name', 'opentelemetry'),
          kv('telemetry.sdk.version', '2.11.0'),
          kv('host.name', 'bench-host'),
          kv('process.pid', 4242),
        ],
      },
      scopeSpans: [
        { scope: { name: '@opentelemetry/instrumentation-http', version: '0.222.0' }, spans },
      ],
    })),
  });
  return ExportTraceServiceRequest.encode(message).finish();
}
