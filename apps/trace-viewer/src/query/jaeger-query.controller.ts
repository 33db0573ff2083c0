import { Controller, Get, Param, Query, Inject } from '@nestjs/common';
import type { JaegerEnvelope, JaegerEnvelopeError, JaegerTrace } from '@app/trace-model';
import { QueryParams, allParams, firstParam } from '../common/query-params';
import { buildServiceGraph } from '../store/dependency-graph';
import { SPAN_KIND_NAMES } from '../store/jaeger-kv';
import { TraceStore } from '../store/trace-store';
import { JaegerApiError } from './jaeger-api.error';
import { envelope } from './jaeger-envelope';
import { parseTraceId } from './jaeger-ids';
import { toJaegerTrace } from './jaeger-trace.mapper';
import { parseV1Search } from './trace-search-params';

const DAY_MS = 24 * 3600 * 1000;

/** Jaeger's v1 query API, as the Jaeger UI calls it. */
@Controller('api')
export class JaegerQueryController {
  constructor(@Inject(TraceStore) private readonly store: TraceStore) {}

  @Get('services')
  services(): JaegerEnvelope<string[]> {
    const services = this.store.services();
    return envelope(services, services.length);
  }

  @Get('services/:service/operations')
  serviceOperations(@Param('service') service: string): JaegerEnvelope<string[]> {
    const names = [...this.store.operationsOf(service).keys()].sort();
    return envelope(names, names.length);
  }

  @Get('operations')
  operations(@Query() query: QueryParams): JaegerEnvelope<{ name: string; spanKind: string }[]> {
    const service = firstParam(query, 'service');
    if (service === undefined) throw new JaegerApiError(400, "parameter 'service' is required");
    const wanted = firstParam(query, 'spanKind');
    const out: { name: string; spanKind: string }[] = [];
    for (const [name, kinds] of this.store.operationsOf(service)) {
      for (let kind = 0; kind < SPAN_KIND_NAMES.length; kind++) {
        if ((kinds & (1 << kind)) === 0) continue;
        const spanKind = SPAN_KIND_NAMES[kind];
        if (wanted === undefined || wanted === spanKind) out.push({ name, spanKind });
      }
    }
    out.sort((a, b) => a.name.localeCompare(b.name) || a.spanKind.localeCompare(b.spanKind));
    return envelope(out, out.length);
  }

  @Get('traces')
  search(@Query() query: QueryParams): JaegerEnvelope<JaegerTrace[]> {
    const ids = allParams(query, 'traceID');
    if (ids.length > 0) return this.byIds(ids);
    const search = parseV1Search(query, Date.now() * 1000);
    return envelope(this.store.search(search).map(toJaegerTrace));
  }

  @Get('traces/:traceId')
  trace(@Param('traceId') rawId: string): JaegerEnvelope<JaegerTrace[]> {
    const traceId = parseTraceId(rawId);
    if (!traceId) {
      throw new JaegerApiError(400, `cannot parse traceID param: invalid trace id "${rawId}"`);
    }
    const trace = this.store.get(traceId);
    if (!trace) throw new JaegerApiError(404, 'trace not found');
    return envelope([toJaegerTrace(trace)]);
  }

  @Get('dependencies')
  dependencies(
    @Query() query: QueryParams,
  ): JaegerEnvelope<{ parent: string; child: string; callCount: number }[]> {
    const endTs = this.integer(query, 'endTs') ?? Date.now();
    const lookback = this.integer(query, 'lookback') ?? DAY_MS;
    const service = firstParam(query, 'service');
    const graph = buildServiceGraph(
      this.store.newestFirst(service),
      (endTs - lookback) * 1000,
      endTs * 1000,
    );
    const edges = graph.edges
      .filter((edge) => service === undefined || edge.parent === service || edge.child === service)
      .map(({ parent, child, callCount }) => ({ parent, child, callCount }));
    return envelope(edges);
  }

  private byIds(rawIds: string[]): JaegerEnvelope<JaegerTrace[]> {
    const traces: JaegerTrace[] = [];
    const errors: JaegerEnvelopeError[] = [];
    for (const rawId of rawIds) {
      const traceId = parseTraceId(rawId);
      if (!traceId) {
        throw new JaegerApiError(400, `cannot parse traceID param: invalid trace id "${rawId}"`);
      }
      const trace = this.store.get(traceId);
      if (trace) traces.push(toJaegerTrace(trace));
      else errors.push({ msg: 'trace not found', traceID: rawId });
    }
    return envelope(traces, 0, errors.length > 0 ? errors : null);
  }

  private integer(query: QueryParams, name: string): number | undefined {
    const raw = firstParam(query, name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) {
      throw new JaegerApiError(400, `unable to parse param '${name}': invalid integer "${raw}"`);
    }
    return Number(raw);
  }
}
