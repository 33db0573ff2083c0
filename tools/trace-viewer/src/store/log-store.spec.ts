import { EMPTY_ATTRS } from '../model/attr-list';
import { LogBatch } from '../model/log-batch';
import { ModelInterner } from '../model/model-interner';
import { LogStore } from './log-store';

const process = new ModelInterner().process('svc', EMPTY_ATTRS);
const HOUR = 3_600_000;

const trace = (n: number) => n.toString(16).padStart(32, '0');
const span = (n: number) => n.toString(16).padStart(16, '0');

/** One batch; each line is [trace no. (0 = none), span no. (0 = none), time µs, body]. */
function batchOf(...lines: [number, number, number, string][]): LogBatch {
  const batch = new LogBatch();
  for (const [traceNo, spanNo, timeUs, body] of lines) {
    batch.push({
      traceId: traceNo ? trace(traceNo) : '',
      spanId: spanNo ? span(spanNo) : '',
      timeUs,
      severityNumber: 9,
      severityText: 'info',
      body,
      attrs: EMPTY_ATTRS,
      process,
      flags: 1,
    });
  }
  return batch;
}

const bodies = (records: { body: string }[]) => records.map((record) => record.body);

describe(LogStore.name, () => {
  it("lists a trace's and a span's records by time, ties in arrival order", () => {
    const store = new LogStore({ maxRecords: 100, retentionMs: HOUR });
    store.add(batchOf([1, 1, 30, 'c'], [1, 2, 10, 'a'], [1, 1, 20, 'b1']), 0);
    store.add(batchOf([1, 1, 20, 'b2'], [2, 1, 5, 'other trace'], [1, 0, 25, 'no span']), 1);

    expect(bodies(store.forTrace(trace(1)))).toEqual(['a', 'b1', 'b2', 'no span', 'c']);
    expect(bodies(store.forSpan(trace(1), span(1)))).toEqual(['b1', 'b2', 'c']);
    expect(bodies(store.forSpan(trace(1), span(2)))).toEqual(['a']);
    expect(store.forSpan(trace(1), span(9))).toEqual([]);
    expect(store.forTrace(trace(9))).toEqual([]);
  });

  it('keeps records outside any trace, counted but in no trace', () => {
    const store = new LogStore({ maxRecords: 100, retentionMs: HOUR });
    store.add(batchOf([0, 0, 1, 'listening'], [1, 1, 2, 'in trace']), 0);
    expect(store.recordCount).toBe(2);
    expect(bodies(store.forTrace(trace(1)))).toEqual(['in trace']);
  });

  it('evicts the oldest arrivals first when over the record budget, whatever their time', () => {
    const store = new LogStore({ maxRecords: 3, retentionMs: HOUR });
    // Arrival order differs from time order: eviction follows arrival.
    store.add(batchOf([1, 1, 500, 'first'], [0, 0, 1, 'startup']), 0);
    store.add(batchOf([1, 2, 100, 'second']), 1);
    store.add(batchOf([2, 1, 50, 'third'], [1, 1, 900, 'fourth']), 2);

    expect(store.recordCount).toBe(3);
    expect(bodies(store.forTrace(trace(1)))).toEqual(['second', 'fourth']);
    expect(bodies(store.forSpan(trace(1), span(1)))).toEqual(['fourth']);
    expect(bodies(store.forTrace(trace(2)))).toEqual(['third']);
  });

  it('evicts records older than the retention, on ingest and on the sweep', () => {
    const store = new LogStore({ maxRecords: 100, retentionMs: 1_000 });
    store.add(batchOf([1, 1, 1, 'at 0'], [1, 1, 2, 'also at 0']), 0);
    store.add(batchOf([1, 1, 3, 'at 600']), 600);
    store.add(batchOf([2, 1, 4, 'at 1200']), 1_200);
    expect(bodies(store.forTrace(trace(1)))).toEqual(['at 600']);

    store.evictExpired(1_700);
    expect(store.forTrace(trace(1))).toEqual([]);
    expect(store.forSpan(trace(1), span(1))).toEqual([]);
    expect(bodies(store.forTrace(trace(2)))).toEqual(['at 1200']);
    expect(store.recordCount).toBe(1);
  });

  it('stays right through many evictions (queue compaction)', () => {
    const store = new LogStore({ maxRecords: 10, retentionMs: HOUR });
    for (let i = 1; i <= 5000; i++) store.add(batchOf([i % 3, 1, i, String(i)]), i);
    expect(store.recordCount).toBe(10);
    expect(bodies(store.forSpan(trace(1), span(1)))).toEqual(['4993', '4996', '4999']);
    expect(bodies(store.forTrace(trace(2)))).toEqual(['4991', '4994', '4997', '5000']);
  });
});
