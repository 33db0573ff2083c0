import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { type OperationStats, spanKindName } from '@tools/trace-model';
import type { StoredSpan } from '../../model/stored-span';
import type { StoredTrace } from '../../model/stored-trace';
import { collectServiceCalls } from '../service-calls';
import type { TimeWindow } from '../time-window';

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index];
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Counts, rates and nearest-rank latency percentiles of spans that started in the window. Client
 * spans are grouped by the service they called too (`peerService`): an instrumentation names them
 * only by method ("GET"), so calls to different services would otherwise share one row.
 */
export function computeOperationStats(
  traces: Iterable<StoredTrace>,
  window: TimeWindow,
  service?: string,
): OperationStats[] {
  const { fromUs, toUs } = window;
  const traceList = [...traces];
  const calleeOf = new Map<StoredSpan, string>();
  for (const call of collectServiceCalls(traceList, window)) {
    if (call.client) calleeOf.set(call.client, call.callee);
  }
  const groups = new Map<string, { stats: OperationStats; durations: number[] }>();
  for (const trace of traceList) {
    if (trace.maxStartUs < fromUs || trace.minStartUs > toUs) continue;
    for (const span of trace.spans) {
      if (span.startUs < fromUs || span.startUs > toUs) continue;
      const name = span.process.serviceName;
      if (service !== undefined && name !== service) continue;
      const spanKind = spanKindName(span.kind ?? SpanKind.INTERNAL);
      const peerService = calleeOf.get(span);
      const key = `${name}\u0000${span.operationName}\u0000${spanKind}\u0000${peerService ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          stats: {
            service: name,
            operation: span.operationName,
            spanKind,
            ...(peerService === undefined ? {} : { peerService }),
            count: 0,
            errorCount: 0,
            ratePerSecond: 0,
            errorRate: 0,
            p50Ms: 0,
            p95Ms: 0,
            p99Ms: 0,
          },
          durations: [],
        };
        groups.set(key, group);
      }
      group.stats.count++;
      if (span.statusCode === SpanStatusCode.ERROR) group.stats.errorCount++;
      group.durations.push(span.durationUs);
    }
  }
  const seconds = Math.max(1e-6, (toUs - fromUs) / 1e6);
  const out: OperationStats[] = [];
  for (const { stats, durations } of groups.values()) {
    durations.sort((a, b) => a - b);
    stats.ratePerSecond = round(stats.count / seconds, 4);
    stats.errorRate = round(stats.errorCount / stats.count, 4);
    stats.p50Ms = round(percentile(durations, 0.5) / 1000, 3);
    stats.p95Ms = round(percentile(durations, 0.95) / 1000, 3);
    stats.p99Ms = round(percentile(durations, 0.99) / 1000, 3);
    out.push(stats);
  }
  return out.sort(
    (a, b) =>
      a.service.localeCompare(b.service) ||
      a.operation.localeCompare(b.operation) ||
      a.spanKind.localeCompare(b.spanKind) ||
      (a.peerService ?? '').localeCompare(b.peerService ?? ''),
  );
}
