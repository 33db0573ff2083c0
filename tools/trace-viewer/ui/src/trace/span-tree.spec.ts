import type { Span, Trace } from '../api/api.types';
import { buildSpanTree, flattenTree, summarizeTrace } from './span-tree';

function span(
  id: string,
  parent: string | undefined,
  start: number,
  duration: number,
  error = false,
): Span {
  return {
    traceID: 't1',
    spanID: id,
    operationName: `op-${id}`,
    references: parent ? [{ refType: 'CHILD_OF', traceID: 't1', spanID: parent }] : [],
    startTime: start,
    duration,
    tags: error ? [{ key: 'error', type: 'bool', value: true }] : [],
    logs: [],
    processID: id === 'b' ? 'p2' : 'p1',
    warnings: null,
  };
}

const trace = (spans: Span[]): Trace => ({
  traceID: 't1',
  spans,
  processes: {
    p1: { serviceName: 'api-gateway', tags: [] },
    p2: { serviceName: 'user-service', tags: [] },
  },
  warnings: null,
});

describe('span tree', () => {
  it('nests spans under their parents, children in start order, depth first', () => {
    const rows = flattenTree(
      buildSpanTree(
        trace([
          span('c', 'a', 30, 5),
          span('a', undefined, 0, 100),
          span('b', 'a', 10, 10),
          span('d', 'b', 12, 2),
        ]),
      ),
    );
    expect(rows.map((r) => [r.span.spanID, r.depth, r.parent?.span.spanID])).toEqual([
      ['a', 0, undefined],
      ['b', 1, 'a'],
      ['d', 2, 'b'],
      ['c', 1, 'a'],
    ]);
  });

  it('keeps spans whose parent is missing, and breaks parent cycles', () => {
    const rows = flattenTree(
      buildSpanTree(trace([span('a', 'zz', 0, 10), span('x', 'y', 5, 1), span('y', 'x', 6, 1)])),
    );
    expect(rows.map((r) => r.span.spanID).sort()).toEqual(['a', 'x', 'y']);
  });

  it('summarises root, duration, span and error counts per service', () => {
    const summary = summarizeTrace(
      trace([span('a', undefined, 100, 50), span('b', 'a', 120, 60, true)]),
    );
    expect(summary).toEqual({
      traceID: 't1',
      rootService: 'api-gateway',
      rootOperation: 'op-a',
      startTime: 100,
      duration: 80,
      spanCount: 2,
      errorSpanCount: 1,
      maxDepth: 2,
      services: [
        { name: 'api-gateway', spanCount: 1, errorCount: 0 },
        { name: 'user-service', spanCount: 1, errorCount: 1 },
      ],
    });
  });
});
