import { buildSpanTree, countSpanNodes } from './span-tree.builder';
import type { SpanNode } from './span-tree.types';
import type { TraceSpan } from './trace-span.types';

function span(spanId: string, parentSpanId: string | undefined, startTimeUs: number): TraceSpan {
  return {
    traceId: 't'.repeat(32),
    spanId,
    ...(parentSpanId ? { parentSpanId } : {}),
    name: `op-${spanId}`,
    kind: 'internal',
    serviceName: 'svc',
    startTimeUs,
    durationUs: 1,
    attributes: {},
    events: [],
    status: 'unset',
  };
}

function shape(nodes: SpanNode[]): unknown[] {
  return nodes.map((node) => ({
    id: node.span.spanId,
    orphan: node.orphan,
    ...(node.missingParentId ? { missing: node.missingParentId } : {}),
    children: shape(node.children),
  }));
}

describe('buildSpanTree', () => {
  it('nests children under parents, sorted by start time, whatever the input order', () => {
    const tree = buildSpanTree([span('c', 'a', 30), span('b', 'a', 20), span('a', undefined, 10)]);

    expect(shape(tree.roots)).toEqual([
      {
        id: 'a',
        orphan: false,
        children: [
          { id: 'b', orphan: false, children: [] },
          { id: 'c', orphan: false, children: [] },
        ],
      },
    ]);
  });

  it('makes spans with an absent parent flagged roots', () => {
    const tree = buildSpanTree([span('a', undefined, 10), span('x', 'gone', 5), span('y', 'x', 6)]);

    expect(shape(tree.roots)).toEqual([
      {
        id: 'x',
        orphan: true,
        missing: 'gone',
        children: [{ id: 'y', orphan: false, children: [] }],
      },
      { id: 'a', orphan: false, children: [] },
    ]);
  });

  it('keeps spans whose parent links form a cycle, and drops duplicate exports', () => {
    const tree = buildSpanTree([span('p', 'q', 1), span('q', 'p', 2), span('p', 'q', 1)]);

    expect(countSpanNodes(tree.roots)).toBe(2);
    expect(tree.roots).toHaveLength(1);
    expect(tree.roots[0].orphan).toBe(true);
  });
});
