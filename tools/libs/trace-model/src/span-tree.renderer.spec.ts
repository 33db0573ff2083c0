import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromJaegerTrace } from './jaeger-trace.parser';
import type { JaegerEnvelope, JaegerTrace } from './api/jaeger-trace.types';
import { buildSpanTree } from './span-tree.builder';
import { formatDuration, renderSpanTree } from './span-tree.renderer';

function createOrderTrace(): JaegerTrace {
  const path = join(__dirname, 'fixtures', 'create-order.jaeger.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as JaegerEnvelope<JaegerTrace[]>).data[0];
}

describe('renderSpanTree', () => {
  it('draws the manual spans of the recorded create-order trace like the tutorial', () => {
    const tree = buildSpanTree(spansFromJaegerTrace(createOrderTrace()));

    expect(renderSpanTree(tree)).toBe(
      [
        'api-gateway.create_order (100.0ms)',
        '├─ user-service.get_user (28.0ms)',
        '│  └─ database-service.query (20.0ms)',
        '└─ order-service.create_order (59.9ms)',
        '   ├─ check_inventory (15.0ms)',
        '   │  └─ inventory-service.check (10.0ms)',
        '   ├─ create_order_record (25.0ms)',
        '   │  └─ database-service.insert (20.0ms)',
        '   └─ reserve_inventory (20.0ms)',
        '      └─ inventory-service.reserve (15.0ms)',
      ].join('\n'),
    );
  });

  it('shows every HTTP hop with its kind and service when asked', () => {
    const tree = buildSpanTree(spansFromJaegerTrace(createOrderTrace()));

    expect(renderSpanTree(tree, { showTransport: true })).toBe(
      [
        'POST /orders [server, api-gateway] (101.8ms)',
        '└─ api-gateway.create_order (100.0ms)',
        '   ├─ GET /users/123 [client, api-gateway] (30.3ms)',
        '   │  └─ GET /users/123 [server, user-service] (28.9ms)',
        '   │     └─ user-service.get_user (28.0ms)',
        '   │        └─ GET /query [client, user-service] (21.4ms)',
        '   │           └─ GET /query [server, database-service] (20.2ms)',
        '   │              └─ database-service.query (20.0ms)',
        '   └─ POST /orders [client, api-gateway] (61.9ms)',
        '      └─ POST /orders [server, order-service] (60.1ms)',
        '         └─ order-service.create_order (59.9ms)',
        '            ├─ check_inventory (15.0ms)',
        '            │  └─ POST /inventory/check [client, order-service] (11.2ms)',
        '            │     └─ POST /inventory/check [server, inventory-service] (10.3ms)',
        '            │        └─ inventory-service.check (10.0ms)',
        '            ├─ create_order_record (25.0ms)',
        '            │  └─ POST /insert [client, order-service] (21.2ms)',
        '            │     └─ POST /insert [server, database-service] (20.4ms)',
        '            │        └─ database-service.insert (20.0ms)',
        '            └─ reserve_inventory (20.0ms)',
        '               └─ POST /inventory/reserve [client, order-service] (16.1ms)',
        '                  └─ POST /inventory/reserve [server, inventory-service] (15.4ms)',
        '                     └─ inventory-service.reserve (15.0ms)',
      ].join('\n'),
    );
  });

  it('marks a subtree orphaned by a missing client span as a second root', () => {
    const trace = createOrderTrace();
    const checkId = trace.spans.find((span) => span.operationName === 'check_inventory')?.spanID;
    const checkClient = trace.spans.find((span) => span.references[0]?.spanID === checkId);
    const spans = trace.spans.filter((span) => span !== checkClient);

    const tree = buildSpanTree(spansFromJaegerTrace({ ...trace, spans }));

    expect(checkClient?.spanID).toBe('5b537e8d751e89d2');
    expect(renderSpanTree(tree).split('\n').slice(4)).toEqual([
      '   ├─ check_inventory (15.0ms)',
      '   ├─ create_order_record (25.0ms)',
      '   │  └─ database-service.insert (20.0ms)',
      '   └─ reserve_inventory (20.0ms)',
      '      └─ inventory-service.reserve (15.0ms)',
      'inventory-service.check (10.0ms) [orphan: parent 5b537e8d751e89d2 is not in the trace]',
    ]);
  });

  it('formats durations in milliseconds with one decimal', () => {
    expect([0, 49, 50, 1234, 100_000].map(formatDuration)).toEqual([
      '(0.0ms)',
      '(0.0ms)',
      '(0.1ms)',
      '(1.2ms)',
      '(100.0ms)',
    ]);
  });
});
