import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedTrees } from '@app/contracts/traces';
import { spansFromJaegerTrace } from './jaeger-trace.parser';
import type { JaegerEnvelope, JaegerTrace } from './api/jaeger-trace.types';
import { buildSpanTree } from './span-tree.builder';
import { compareSpanTree } from './span-tree.comparer';
import type { TraceSpan } from './trace-span.types';

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as T;
}

function createOrderSpans(): TraceSpan[] {
  return spansFromJaegerTrace(
    fixture<JaegerEnvelope<JaegerTrace[]>>('create-order.jaeger.json').data[0],
  );
}

function unknownUserSpans(): TraceSpan[] {
  return spansFromJaegerTrace(
    fixture<JaegerEnvelope<JaegerTrace[]>>('unknown-user.jaeger.json').data[0],
  );
}

function spanNamed(spans: TraceSpan[], name: string): TraceSpan {
  const span = spans.find((candidate) => candidate.name === name);
  if (!span) throw new Error(`fixture has no span ${name}`);
  return span;
}

describe('compareSpanTree', () => {
  it('passes the recorded create-order trace, transport spans folded', () => {
    const result = compareSpanTree(
      buildSpanTree(createOrderSpans()),
      expectedTrees['create-order'],
    );

    expect(result.differences).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.diff.split('\n').every((line, i) => i < 2 || line.startsWith('  '))).toBe(true);
  });

  it('passes the recorded unknown-user trace with its error flags', () => {
    const result = compareSpanTree(
      buildSpanTree(unknownUserSpans()),
      expectedTrees['unknown-user'],
    );

    expect(result).toEqual({
      ok: true,
      differences: [],
      diff: [
        '--- expected',
        '+++ actual',
        '  api-gateway.get_user [error]',
        '  └─ user-service.get_user [error]',
        '     └─ database-service.query',
      ].join('\n'),
    });
  });

  it('fails a hop whose client span is missing, naming the orphaned span and where it belongs', () => {
    const spans = createOrderSpans();
    const checkId = spanNamed(spans, 'check_inventory').spanId;
    const withoutClient = spans.filter((span) => span.parentSpanId !== checkId);

    const result = compareSpanTree(buildSpanTree(withoutClient), expectedTrees['create-order']);

    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      'wrong parent: inventory-service.check is a root (its parent span 5b537e8d751e89d2 is not in' +
        ' the trace), expected under api-gateway.create_order > order-service.create_order >' +
        ' check_inventory',
    ]);
    expect(result.diff).toBe(
      [
        '--- expected',
        '+++ actual',
        '  api-gateway.create_order',
        '  ├─ user-service.get_user',
        '  │  └─ database-service.query',
        '  └─ order-service.create_order',
        '     ├─ check_inventory',
        '-    │  └─ inventory-service.check',
        '     ├─ create_order_record',
        '     │  └─ database-service.insert',
        '     └─ reserve_inventory',
        '        └─ inventory-service.reserve',
        '+ inventory-service.check',
      ].join('\n'),
    );
  });

  it('reports missing and unexpected spans under their parent path', () => {
    const spans = createOrderSpans();
    const insert = spanNamed(spans, 'database-service.insert');
    const renamed = spans.map((span) =>
      span === insert ? { ...span, name: 'database-service.upsert' } : span,
    );

    const result = compareSpanTree(buildSpanTree(renamed), expectedTrees['create-order']);

    expect(result.differences).toEqual([
      'missing span database-service.insert under api-gateway.create_order >' +
        ' order-service.create_order > create_order_record',
      'unexpected span database-service.upsert under api-gateway.create_order >' +
        ' order-service.create_order > create_order_record',
    ]);
  });

  it('reports error flag mismatches both ways', () => {
    const result = compareSpanTree(buildSpanTree(unknownUserSpans()), expectedTrees['get-user']);

    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([
      'error flag mismatch: api-gateway.get_user should not be an error, has status error' +
        ' (user-service answered 404)',
      'error flag mismatch: api-gateway.get_user > user-service.get_user should not be an error,' +
        ' has status error (User 999999 not found)',
    ]);
    const spans = createOrderSpans();
    const checkId = spanNamed(spans, 'check_inventory').spanId;
    const orderId = spanNamed(spans, 'order-service.create_order').spanId;
    const reparented = spans
      .filter((span) => span.spanId !== checkId)
      .map((span) => (span.parentSpanId === checkId ? { ...span, parentSpanId: orderId } : span));
    expect(
      compareSpanTree(buildSpanTree(reparented), expectedTrees['out-of-stock']).differences,
    ).toEqual([
      'error flag mismatch: api-gateway.create_order should have status error, has unset',
      'error flag mismatch: api-gateway.create_order > order-service.create_order should have' +
        ' status error, has unset',
      'missing span check_inventory under api-gateway.create_order > order-service.create_order',
      'wrong parent: inventory-service.check is under api-gateway.create_order >' +
        ' order-service.create_order, expected under api-gateway.create_order >' +
        ' order-service.create_order > check_inventory',
      'unexpected span create_order_record under api-gateway.create_order > order-service.create_order',
      'unexpected span reserve_inventory under api-gateway.create_order > order-service.create_order',
    ]);
  });

  it('reports a wrong root and an empty trace', () => {
    const direct = createOrderSpans().filter((span) => span.serviceName === 'inventory-service');

    expect(
      compareSpanTree(buildSpanTree(direct), expectedTrees['direct-db-query']).differences,
    ).toEqual([
      'missing root database-service.query',
      'extra root inventory-service.check (its parent span 5b537e8d751e89d2 is not in the trace)',
      'extra root inventory-service.reserve (its parent span 2bf71528b77f1aff is not in the trace)',
    ]);
    expect(compareSpanTree({ roots: [] }, expectedTrees['direct-db-query']).differences).toEqual([
      'missing root database-service.query',
    ]);
  });
});
