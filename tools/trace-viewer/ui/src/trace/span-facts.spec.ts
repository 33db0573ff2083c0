import type { Span, SpanReference } from '../api/api.types';
import { parentSpanId, spanLinks } from './span-facts';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const ORDER_TRACE = '0af7651916cd43dd8448eb211c80319c';

function span(references: SpanReference[], parentSpanID?: string): Span {
  return {
    traceID: TRACE,
    spanID: 'c0ffee0000000001',
    operationName: 'process notifications',
    references,
    ...(parentSpanID ? { parentSpanID } : {}),
    startTime: 0,
    duration: 1,
    tags: [],
    logs: [],
    processID: 'p1',
    warnings: null,
  };
}

describe('span references', () => {
  const parent: SpanReference = { refType: 'CHILD_OF', traceID: TRACE, spanID: 'aaaa000000000001' };
  const producer: SpanReference = {
    refType: 'FOLLOWS_FROM',
    traceID: ORDER_TRACE,
    spanID: 'b7ad6b7169203331',
  };

  it('takes the CHILD_OF reference as the parent and every other as a link', () => {
    const child = span([parent, producer]);
    expect(parentSpanId(child)).toBe(parent.spanID);
    expect(spanLinks(child)).toEqual([producer]);
  });

  it("never takes a reference into another trace as the parent: a consumer's producer is a link", () => {
    const consumer = span([producer]);
    expect(parentSpanId(consumer)).toBeUndefined();
    expect(spanLinks(consumer)).toEqual([producer]);
  });

  it('takes an OpenTracing FOLLOWS_FROM within the trace as the parent, as Jaeger does', () => {
    const followsFrom: SpanReference = { ...parent, refType: 'FOLLOWS_FROM' };
    expect(parentSpanId(span([producer, followsFrom]))).toBe(parent.spanID);
    expect(spanLinks(span([producer, followsFrom]))).toEqual([producer]);
  });

  it('falls back to the deprecated parentSpanID field, and has no links without references', () => {
    expect(parentSpanId(span([], 'dddd000000000004'))).toBe('dddd000000000004');
    expect(spanLinks(span([]))).toEqual([]);
  });
});
