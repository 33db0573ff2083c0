import { DecodedBatch } from './decoded-batch';
import { EMPTY_ATTRS } from './attr-list';
import { SpanOrigin, StoredSpan } from './stored-span';
import { TraceStore } from './trace-store';

function batchOf(
  store: TraceStore,
  service: string,
  spans: [string, string, string][],
): DecodedBatch {
  const process = store.interner.process(service, EMPTY_ATTRS);
  const batch = new DecodedBatch();
  for (const [traceId, spanId, parent] of spans) {
    batch.push(
      traceId,
      new StoredSpan(
        spanId,
        parent,
        'op',
        process,
        null,
        2,
        1_000,
        5,
        0,
        0,
        '',
        '',
        EMPTY_ATTRS,
        null,
        null,
        0,
        0,
        0,
        SpanOrigin.Otlp,
      ),
    );
  }
  return batch;
}

const trace = (n: number) => n.toString(16).padStart(32, '0');
const span = (n: number) => n.toString(16).padStart(16, '0');

describe(TraceStore.name, () => {
  it('evicts the oldest whole traces first when over the span budget', () => {
    const store = new TraceStore({ maxSpans: 4, retentionMs: 3_600_000 });
    store.add(
      batchOf(store, 'a', [
        [trace(1), span(1), ''],
        [trace(1), span(2), span(1)],
      ]),
      0,
    );
    store.add(
      batchOf(store, 'a', [
        [trace(2), span(3), ''],
        [trace(2), span(4), span(3)],
      ]),
      1,
    );
    store.add(batchOf(store, 'a', [[trace(3), span(5), '']]), 2);

    expect(store.get(trace(1))).toBeUndefined();
    expect(store.get(trace(2))?.spans.map((s) => s.spanId)).toEqual([span(3), span(4)]);
    expect(store.get(trace(3))?.spans).toHaveLength(1);
    expect(store.spanCount).toBe(3);
    expect(store.traceCount).toBe(2);
    expect([...store.newestFirst()].map((t) => t.traceId)).toEqual([trace(3), trace(2)]);
  });

  it('evicts traces older than the retention, on ingest and on the sweep', () => {
    const store = new TraceStore({ maxSpans: 100, retentionMs: 1_000 });
    store.add(batchOf(store, 'a', [[trace(1), span(1), '']]), 0);
    store.add(batchOf(store, 'a', [[trace(2), span(2), '']]), 600);
    store.add(batchOf(store, 'a', [[trace(3), span(3), '']]), 1_200);
    expect(store.get(trace(1))).toBeUndefined();
    expect(store.get(trace(2))).toBeDefined();

    store.evictExpired(1_700);
    expect(store.get(trace(2))).toBeUndefined();
    expect(store.get(trace(3))).toBeDefined();
    expect(store.spanCount).toBe(1);
  });

  it('joins late spans from another service into the trace they belong to', () => {
    const store = new TraceStore({ maxSpans: 100, retentionMs: 3_600_000 });
    store.add(batchOf(store, 'gateway', [[trace(7), span(1), '']]), 0);
    store.add(batchOf(store, 'users', [[trace(7), span(2), span(1)]]), 500);

    const joined = store.get(trace(7));
    expect(joined?.spans.map((s) => [s.spanId, s.process.serviceName])).toEqual([
      [span(1), 'gateway'],
      [span(2), 'users'],
    ]);
    expect(joined?.services).toEqual(['gateway', 'users']);
    expect(store.traceCount).toBe(1);
    expect(store.search({ service: 'users', tags: [], limit: 10 }).map((t) => t.traceId)).toEqual([
      trace(7),
    ]);
  });

  it('keeps per-service indexes right after many evictions', () => {
    const store = new TraceStore({ maxSpans: 10, retentionMs: 3_600_000 });
    for (let i = 1; i <= 3000; i++) {
      store.add(batchOf(store, i % 2 ? 'odd' : 'even', [[trace(i), span(i), '']]), i);
    }
    expect(store.traceCount).toBe(10);
    expect(store.search({ service: 'odd', tags: [], limit: 100 }).map((t) => t.traceId)).toEqual(
      [2999, 2997, 2995, 2993, 2991].map(trace),
    );
  });
});
