import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { spanKindName } from '@tools/trace-model';
import type { StoredTrace } from '../../model/stored-trace';
import { parseTraceId } from '../../model/trace-id';
import { summarizeTrace } from '../../model/trace-summary';
import { TraceStore } from '../../store/trace-store';
import { ApiError } from '../api.error';
import { queryParams } from '../query-params';
import { jaegerTraceSearch } from '../span-matcher';
import { toOtlpResourceSpans } from './otlp-trace.mapper';
import { V3OperationsParams } from './v3-operations.params';
import { V3SearchParams, toV3SearchCriteria } from './v3-search.params';

type Operation = { name: string; spanKind: string };
type TracesResult = { result: { resourceSpans: unknown[] } };

/** Jaeger's api_v3 over HTTP (JSON as the grpc-gateway writes it: camelCase, int64 as strings). */
@Controller('api/v3')
export class JaegerV3Controller {
  constructor(@Inject(TraceStore) private readonly store: TraceStore) {}

  @Get('services')
  services(): { services: string[] } {
    return { services: this.store.services() };
  }

  @Get('operations')
  operations(@Query(queryParams(V3OperationsParams)) { service, spanKind }: V3OperationsParams): {
    operations: Operation[];
  } {
    const operations: Operation[] = [];
    for (const [name, kinds] of this.store.operationsOf(service)) {
      // api_v3 reports an unspecified kind as internal, so the two may fold into one entry.
      const names = new Set([...kinds].map((kind) => spanKindName(kind ?? SpanKind.INTERNAL)));
      for (const kindName of names) {
        if (spanKind === undefined || spanKind === kindName) {
          operations.push({ name, spanKind: kindName });
        }
      }
    }
    operations.sort((a, b) => a.name.localeCompare(b.name) || a.spanKind.localeCompare(b.spanKind));
    return { operations };
  }

  @Get('trace-summaries')
  summaries(@Query(queryParams(V3SearchParams)) params: V3SearchParams): {
    summaries: Record<string, unknown>[];
  } {
    const traces = this.store.search(jaegerTraceSearch(toV3SearchCriteria(params)));
    return {
      summaries: traces.map((trace) => {
        const summary = summarizeTrace(trace);
        return {
          traceId: summary.traceId,
          rootServiceName: summary.rootServiceName,
          rootOperationName: summary.rootOperationName,
          minStartTimeUnixNano: `${summary.startUs}000`,
          maxEndTimeUnixNano: `${summary.endUs}000`,
          spanCount: summary.spanCount,
          errorSpanCount: summary.errorSpanCount,
          orphanSpanCount: summary.orphanSpanCount,
          services: summary.services,
        };
      }),
    };
  }

  @Get('traces')
  findTraces(@Query(queryParams(V3SearchParams)) params: V3SearchParams): TracesResult {
    return this.result(this.store.search(jaegerTraceSearch(toV3SearchCriteria(params))));
  }

  @Get('traces/:traceId')
  trace(@Param('traceId') rawId: string): TracesResult {
    const traceId = parseTraceId(rawId);
    if (!traceId) throw new ApiError(400, `malformed trace_id "${rawId}"`);
    const trace = this.store.get(traceId);
    return this.result(trace ? [trace] : []);
  }

  private result(traces: StoredTrace[]): TracesResult {
    if (traces.length === 0) throw new ApiError(404, 'No traces found');
    return { result: { resourceSpans: toOtlpResourceSpans(traces) } };
  }
}
