import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { EMPTY_ATTRS } from '../model/attr-list';
import { ModelInterner } from '../model/model-interner';
import { SpanBatch } from '../model/span-batch';
import { SpanOrigin } from '../model/stored-span';
import type { TraceSearch } from './trace-search';
import { TraceStore } from './trace-store';

const interner = new ModelInterner();

function batchOf(service: string, spans: [string, string, string][]): SpanBatch {
  const process = interner.process(service, EMPTY_ATTRS);
  const batch = new SpanBatch();
  for (const [traceId, spanId, parentSpanId] of spans) {
    batch.push(traceId, {
      spanId,
      parentSpanId,
      operationName: 'op',
      process,
      scope: null,
      kind: SpanKind.SERVER,
      startUs: 1_000,
      durationUs: 5,
      flags: 0,
      statusCode: SpanStatusCode.UNSET,
      statusMessage: '',
      traceState: '',
      attrs: EMPTY_ATTRS,
      events: null,
      links: null,
      droppedAttrs: 0,
      droppedEvents: 0,
      droppedLinks: 0,
      origin: SpanOrigin.Otlp,
    });
  }
  return batch;
}

const byService = (service: string, limit: number): TraceSearch => ({
  service,
  limit,
  spanMatches: () => true,
});

const trace = (n: number) => n.toString(16).padStart(32, '0');
const span = (n: number) => n.toString(16).padStart(16, '0');

describe(TraceStore.name, () => {
  it('evicts the oldest whole traces first when over the span budget', () => {
    const store = new TraceStore({ maxSpans: 4, retentionMs: 3_600_000 });
    store.add(
      batchOf('a', [
        [trace(1), span(1), ''],
        [trace(1), span(2), span(1)],
      ]),
      0,
    );
    store.add(
      batchOf('a', [
        [trace(2), span(3), ''],
        [trace(2), span(4), span(3)],
      ]),
      1,
    );
    store.add(batchOf('a', [[trace(3), span(5), '']]), 2);

    expect(store.get(trace(1))).toBeUndefined();
    expect(store.get(trace(2))?.spans.map((s) => s.spanId)).toEqual([span(3), span(4)]);
    expect(store.get(trace(3))?.spans).toHaveLength(1);
    expect(store.spanCount).toBe(3);
    expect(store.traceCount).toBe(2);
    expect([...store.newestFirst()].map((t) => t.traceId)).toEqual([trace(3), trace(2)]);
  });

  it('evicts traces older than the retention, on ingest and on the sweep', () => {
    const store = new TraceStore({ maxSpans: 100, retentionMs: 1_000 });
    store.add(batchOf('a', [[trace(1), span(1), '']]), 0);
    store.add(batchOf('a', [[trace(2), span(2), '']]), 600);
    store.add(batchOf('a', [[trace(3), span(3), '']]), 1_200);
    expect(store.get(trace(1))).toBeUndefined();
    expect(store.get(trace(2))).toBeDefined();

    store.evictExpired(1_700);
    expect(store.get(trace(2))).toBeUndefined();
    expect(store.get(trace(3))).toBeDefined();
    expect(store.spanCount).toBe(1);
  });

  it('joins late spans from another service into the trace they belong to', () => {
    const store = new TraceStore({ maxSpans: 100, retentionMs: 3_600_000 });
    store.add(batchOf('gateway', [[trace(7), span(1), '']]), 0);
    store.add(batchOf('users', [[trace(7), span(2), span(1)]]), 500);

    const joined = store.get(trace(7));
    expect(joined?.spans.map((s) => [s.spanId, s.process.serviceName])).toEqual([
      [span(1), 'gateway'],
      [span(2), 'users'],
    ]);
    expect(joined?.services).toEqual(['gateway', 'users']);
    expect(store.traceCount).toBe(1);
    expect(store.search(byService('users', 10)).map((t) => t.traceId)).toEqual([trace(7)]);
  });

  it('keeps per-service indexes right after many evictions', () => {
    const store = new TraceStore({ maxSpans: 10, retentionMs: 3_600_000 });
    for (let i = 1; i <= 3000; i++) {
      store.add(batchOf(i % 2 ? 'odd' : 'even', [[trace(i), span(i), '']]), i);
    }
    expect(store.traceCount).toBe(10);
    expect(store.search(byService('odd', 100)).map((t) => t.traceId)).toEqual(
      [2999, 2997, 2995, 2993, 2991].map(trace),
    );
  });
});
