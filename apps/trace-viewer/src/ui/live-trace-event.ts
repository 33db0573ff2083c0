import type { LiveTraceEvent } from '../common/ui-api.types';
import { StoredTrace } from '../store/stored-trace';
import { summarizeTrace } from '../store/trace-summary';
import { jaegerTraceId } from '../query/jaeger-ids';

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
