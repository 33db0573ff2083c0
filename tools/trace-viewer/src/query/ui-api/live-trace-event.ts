import type { LiveTraceEvent } from '@tools/trace-model';
import type { StoredTrace } from '../../model/stored-trace';
import { summarizeTrace } from '../../model/trace-summary';
import { jaegerTraceId } from '../jaeger-trace-id';

/** Summarises a trace for the live feed. */
export function toLiveTraceEvent(trace: StoredTrace): LiveTraceEvent {
  const summary = summarizeTrace(trace);
  return {
    traceID: jaegerTraceId(summary.traceId),
    rootServiceName: summary.rootServiceName,
    rootOperationName: summary.rootOperationName,
    startTime: summary.startUs,
    duration: summary.endUs - summary.startUs,
    spanCount: summary.spanCount,
    errorSpanCount: summary.errorSpanCount,
    services: summary.services.map((service) => service.name),
  };
}
