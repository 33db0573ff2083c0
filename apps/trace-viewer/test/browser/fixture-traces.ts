import { randomBytes } from 'node:crypto';

// Hand-built Jaeger v1 traces shaped like the tutorial's create_order request, for developing the
// UI without the rest of the stack (see mock-viewer.server.ts).

interface SpanSpec {
  service: string;
  op: string;
  kind: 'server' | 'client' | 'internal';
  at: number;
  dur: number;
  tags?: Record<string, string | number | boolean>;
  logs?: { at: number; fields: Record<string, string> }[];
  children?: SpanSpec[];
}

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

const kv = (key: string, value: string | number | boolean): object => ({
  key,
  type: typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'int64' : 'string',
  value,
});

function orderTree(fail: boolean): SpanSpec {
  const http = (method: string, url: string, status: number): Record<string, string | number> => ({
    'http.method': method,
    'http.url': url,
    'http.status_code': status,
  });
  return {
    service: 'api-gateway',
    op: 'POST /orders',
    kind: 'server',
    at: 0,
    dur: 96_000,
    tags: {
      ...http('POST', '/orders?user_id=123&product_id=1&quantity=2', fail ? 409 : 201),
      'w3c.tracestate': 'vendor=abc123',
    },
    children: [
      {
        service: 'api-gateway',
        op: 'api-gateway.create_order',
        kind: 'internal',
        at: 500,
        dur: 95_000,
        tags: {
          'user.id': '123',
          'product.id': '1',
          'order.quantity': 2,
          'note.xss': '<script>alert(1)</script>',
        },
        logs: [{ at: 600, fields: { event: 'Order creation started' } }],
        children: [
          {
            service: 'api-gateway',
            op: 'GET',
            kind: 'client',
            at: 1_000,
            dur: 30_000,
            tags: http('GET', 'http://127.0.0.1:8001/users/123', 200),
            children: [
              {
                service: 'user-service',
                op: 'user-service.get_user',
                kind: 'server',
                at: 2_000,
                dur: 28_000,
                tags: { 'user.id': '123' },
                children: [
                  {
                    service: 'user-service',
                    op: 'GET',
                    kind: 'client',
                    at: 4_000,
                    dur: 21_000,
                    tags: http('GET', 'http://127.0.0.1:8003/query?table=users&id=123', 200),
                    children: [
                      {
                        service: 'database-service',
                        op: 'database-service.query',
                        kind: 'server',
                        at: 5_000,
                        dur: 19_000,
                        tags: {
                          'db.system': 'postgresql',
                          'db.operation': 'SELECT',
                          'db.sql.table': 'users',
                        },
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            service: 'api-gateway',
            op: 'POST',
            kind: 'client',
            at: 32_000,
            dur: 62_000,
            tags: http('POST', 'http://127.0.0.1:8002/orders', fail ? 409 : 201),
            children: [
              {
                service: 'order-service',
                op: 'order-service.create_order',
                kind: 'server',
                at: 33_000,
                dur: 60_000,
                tags: { 'order.product_id': 1, 'order.quantity': 2 },
                children: [
                  {
                    service: 'order-service',
                    op: 'check_inventory',
                    kind: 'internal',
                    at: 34_000,
                    dur: 15_000,
                    children: [
                      {
                        service: 'inventory-service',
                        op: 'inventory-service.check',
                        kind: 'server',
                        at: 36_000,
                        dur: 10_000,
                        tags: { 'inventory.available': !fail, 'product.id': 1 },
                        ...(fail
                          ? {
                              tags: {
                                error: true,
                                'otel.status_code': 'ERROR',
                                'otel.status_description': 'Out of stock',
                              },
                              logs: [
                                {
                                  at: 9_000,
                                  fields: {
                                    event: 'exception',
                                    'exception.type': 'OutOfStockError',
                                    'exception.message': 'Product 1 has 0 units, 2 requested',
                                    'exception.stacktrace':
                                      'OutOfStockError: Product 1 has 0 units, 2 requested\n    at InventoryService.check (apps/inventory-service/src/inventory/inventory.service.ts:42:13)\n    at InventoryController.check (apps/inventory-service/src/inventory/inventory.controller.ts:18:25)',
                                  },
                                },
                              ],
                            }
                          : {}),
                      },
                    ],
                  },
                  ...(fail
                    ? []
                    : [
                        {
                          service: 'order-service',
                          op: 'create_order_record',
                          kind: 'internal' as const,
                          at: 50_000,
                          dur: 25_000,
                          children: [
                            {
                              service: 'database-service',
                              op: 'database-service.insert',
                              kind: 'server' as const,
                              at: 52_000,
                              dur: 20_000,
                              tags: { 'db.operation': 'INSERT', 'db.sql.table': 'orders' },
                            },
                          ],
                        },
                        {
                          service: 'order-service',
                          op: 'reserve_inventory',
                          kind: 'internal' as const,
                          at: 76_000,
                          dur: 16_000,
                          children: [
                            {
                              service: 'inventory-service',
                              op: 'inventory-service.reserve',
                              kind: 'server' as const,
                              at: 77_000,
                              dur: 14_000,
                            },
                          ],
                        },
                      ]),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** Builds one Jaeger v1 trace for a create_order request that started at startUs. */
export function buildOrderTrace(startUs: number, fail = false): Record<string, unknown> {
  const traceID = hex(16);
  const processes: Record<string, { serviceName: string; tags: object[] }> = {};
  const spans: object[] = [];
  const visit = (spec: SpanSpec, parent?: string): void => {
    let processID = Object.keys(processes).find((k) => processes[k].serviceName === spec.service);
    if (!processID) {
      processID = `p${Object.keys(processes).length + 1}`;
      processes[processID] = {
        serviceName: spec.service,
        tags: [kv('telemetry.sdk.language', 'nodejs'), kv('host.name', 'tutorial-box')],
      };
    }
    const spanID = hex(8);
    spans.push({
      traceID,
      spanID,
      flags: 1,
      operationName: spec.op,
      references: parent ? [{ refType: 'CHILD_OF', traceID, spanID: parent }] : [],
      startTime: startUs + spec.at,
      duration: spec.dur,
      tags: [
        kv('span.kind', spec.kind),
        ...Object.entries(spec.tags ?? {}).map(([k, v]) => kv(k, v)),
      ],
      logs: (spec.logs ?? []).map((l) => ({
        timestamp: startUs + spec.at + l.at,
        fields: Object.entries(l.fields).map(([k, v]) => kv(k, v)),
      })),
      processID,
      warnings: null,
    });
    spec.children?.forEach((child) => visit(child, spanID));
  };
  visit(orderTree(fail));
  return { traceID, spans, processes, warnings: null };
}
