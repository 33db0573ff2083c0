import { SpanStatusCode } from '@opentelemetry/api';
import type { StoredSpan } from './stored-span';
import type { StoredTrace } from './stored-trace';

/** Per-service counts inside one trace. */
export interface ServiceSpanCount {
  name: string;
  spanCount: number;
  errorSpanCount: number;
}

/** What a trace list shows about one trace (v3 summaries and the live feed). */
export interface TraceSummary {
  traceId: string;
  rootServiceName: string;
  rootOperationName: string;
  startUs: number;
  endUs: number;
  spanCount: number;
  errorSpanCount: number;
  orphanSpanCount: number;
  services: ServiceSpanCount[];
}

/** The span a trace hangs from: the earliest span without a parent, else the earliest span. */
export function rootSpanOf(trace: StoredTrace): StoredSpan {
  let root: StoredSpan | undefined;
  let earliest = trace.spans[0];
  for (const span of trace.spans) {
    if (span.startUs < earliest.startUs) earliest = span;
    if (span.parentSpanId === '' && (!root || span.startUs < root.startUs)) root = span;
  }
  return root ?? earliest;
}

/** Summarises a stored trace. */
export function summarizeTrace(trace: StoredTrace): TraceSummary {
  const ids = new Set<string>();
  for (const span of trace.spans) ids.add(span.spanId);
  const services = new Map<string, ServiceSpanCount>();
  let errorSpanCount = 0;
  let orphanSpanCount = 0;
  for (const span of trace.spans) {
    const name = span.process.serviceName;
    let entry = services.get(name);
    if (!entry) {
      entry = { name, spanCount: 0, errorSpanCount: 0 };
      services.set(name, entry);
    }
    entry.spanCount++;
    if (span.statusCode === SpanStatusCode.ERROR) {
      entry.errorSpanCount++;
      errorSpanCount++;
    }
    if (span.parentSpanId !== '' && !ids.has(span.parentSpanId)) orphanSpanCount++;
  }
  const root = rootSpanOf(trace);
  return {
    traceId: trace.traceId,
    rootServiceName: root.process.serviceName,
    rootOperationName: root.operationName,
    startUs: trace.minStartUs,
    endUs: trace.maxEndUs,
    spanCount: trace.spans.length,
    errorSpanCount,
    orphanSpanCount,
    services: [...services.values()],
  };
}
