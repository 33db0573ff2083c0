import { Controller, Get, Param, Query, Inject } from '@nestjs/common';
import { QueryParams, firstParam } from '../common/query-params';
import { SPAN_KIND_NAMES } from '../store/jaeger-kv';
import { StoredTrace } from '../store/stored-trace';
import { summarizeTrace } from '../store/trace-summary';
import { TraceStore } from '../store/trace-store';
import { parseTraceId } from './jaeger-ids';
import { toOtlpResourceSpans, v3SpanKind } from './otlp-trace.mapper';
import { V3ApiError } from './v3-api.error';
import { parseV3Search } from './v3-search-params';

/** Jaeger's api_v3 over HTTP (JSON as the grpc-gateway writes it: camelCase, int64 as strings). */
@Controller('api/v3')
export class JaegerV3Controller {
  constructor(@Inject(TraceStore) private readonly store: TraceStore) {}

  @Get('services')
  services(): { services: string[] } {
    return { services: this.store.services() };
  }

  @Get('operations')
  operations(@Query() query: QueryParams): { operations: { name: string; spanKind: string }[] } {
    const service = firstParam(query, 'service');
    if (service === undefined) throw new V3ApiError(400, 'service is required');
    const wanted = firstParam(query, 'spanKind');
    const operations: { name: string; spanKind: string }[] = [];
    for (const [name, kinds] of this.store.operationsOf(service)) {
      for (let kind = 0; kind < SPAN_KIND_NAMES.length; kind++) {
        if ((kinds & (1 << kind)) === 0) continue;
        const spanKind = v3SpanKind(kind);
        const known = operations.some((op) => op.name === name && op.spanKind === spanKind);
        if (!known && (wanted === undefined || wanted === spanKind)) {
          operations.push({ name, spanKind });
        }
      }
    }
    operations.sort((a, b) => a.name.localeCompare(b.name) || a.spanKind.localeCompare(b.spanKind));
    return { operations };
  }

  @Get('trace-summaries')
  summaries(@Query() query: QueryParams): { summaries: Record<string, unknown>[] } {
    const traces = this.store.search(parseV3Search(query));
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
  findTraces(@Query() query: QueryParams): { result: { resourceSpans: unknown[] } } {
    return this.result(this.store.search(parseV3Search(query)));
  }

  @Get('traces/:traceId')
  trace(@Param('traceId') rawId: string): { result: { resourceSpans: unknown[] } } {
    const traceId = parseTraceId(rawId);
    if (!traceId) throw new V3ApiError(400, `malformed trace_id "${rawId}"`);
    const trace = this.store.get(traceId);
    return this.result(trace ? [trace] : []);
  }

  private result(traces: StoredTrace[]): { result: { resourceSpans: unknown[] } } {
    if (traces.length === 0) throw new V3ApiError(404, 'No traces found');
    return { result: { resourceSpans: toOtlpResourceSpans(traces) } };
  }
}
