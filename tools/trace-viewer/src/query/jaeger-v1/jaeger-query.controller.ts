import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import {
  type JaegerEnvelope,
  type JaegerEnvelopeError,
  type JaegerTrace,
  spanKindName,
} from '@tools/trace-model';
import { TraceStore } from '../../store/trace-store';
import { ApiError } from '../api.error';
import { queryParams } from '../query-params';
import { buildServiceGraph } from '../service-graph';
import { jaegerTraceSearch } from '../span-matcher';
import { traceIdParam } from '../trace-id.param';
import { DependenciesParams } from './dependencies.params';
import { envelope } from './jaeger-envelope';
import { toJaegerTrace } from './jaeger-trace.mapper';
import { OperationsParams } from './operations.params';
import { TraceSearchParams, toSearchCriteria } from './trace-search.params';

type Operation = { name: string; spanKind: string };
type Dependency = { parent: string; child: string; callCount: number };

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
  operations(
    @Query(queryParams(OperationsParams)) { service, spanKind }: OperationsParams,
  ): JaegerEnvelope<Operation[]> {
    const out: Operation[] = [];
    for (const [name, kinds] of this.store.operationsOf(service)) {
      for (const kind of kinds) {
        // Jaeger lists spans of unspecified kind with an empty spanKind.
        const kindName = kind === undefined ? '' : spanKindName(kind);
        if (spanKind === undefined || spanKind === kindName) out.push({ name, spanKind: kindName });
      }
    }
    out.sort((a, b) => a.name.localeCompare(b.name) || a.spanKind.localeCompare(b.spanKind));
    return envelope(out, out.length);
  }

  @Get('traces')
  search(
    @Query(queryParams(TraceSearchParams)) params: TraceSearchParams,
  ): JaegerEnvelope<JaegerTrace[]> {
    if (params.traceID.length > 0) return this.byIds(params.traceID);
    const criteria = toSearchCriteria(params, Date.now() * 1000);
    return envelope(this.store.search(jaegerTraceSearch(criteria)).map(toJaegerTrace));
  }

  @Get('traces/:traceId')
  trace(@Param('traceId') rawId: string): JaegerEnvelope<JaegerTrace[]> {
    const trace = this.store.get(traceIdParam(rawId));
    if (!trace) throw new ApiError(404, 'trace not found');
    return envelope([toJaegerTrace(trace)]);
  }

  @Get('dependencies')
  dependencies(
    @Query(queryParams(DependenciesParams)) params: DependenciesParams,
  ): JaegerEnvelope<Dependency[]> {
    const { service } = params;
    const graph = buildServiceGraph(this.store.newestFirst(service), params.window(Date.now()));
    const edges = graph.edges
      .filter((edge) => service === undefined || edge.parent === service || edge.child === service)
      .map(({ parent, child, callCount }) => ({ parent, child, callCount }));
    return envelope(edges);
  }

  private byIds(rawIds: string[]): JaegerEnvelope<JaegerTrace[]> {
    const traces: JaegerTrace[] = [];
    const errors: JaegerEnvelopeError[] = [];
    for (const rawId of rawIds) {
      const trace = this.store.get(traceIdParam(rawId));
      if (trace) traces.push(toJaegerTrace(trace));
      else errors.push({ msg: 'trace not found', traceID: rawId });
    }
    return envelope(traces, 0, errors.length > 0 ? errors : null);
  }
}
