import { Controller, Get, Query, Inject } from '@nestjs/common';
import { QueryParams, firstParam } from '../common/query-params';
import { JaegerApiError } from '../query/jaeger-api.error';
import type { OperationStats, ServiceMap } from '../common/ui-api.types';
import { buildServiceGraph } from '../store/dependency-graph';
import { TraceStore } from '../store/trace-store';
import { computeOperationStats } from './operation-stats';

const DEFAULT_LOOKBACK_MS = 3_600_000;

function lookbackMs(query: QueryParams): number {
  const raw = firstParam(query, 'lookback');
  if (raw === undefined) return DEFAULT_LOOKBACK_MS;
  if (!/^\d+$/.test(raw) || Number(raw) <= 0) {
    throw new JaegerApiError(
      400,
      `unable to parse param 'lookback': expected milliseconds, got "${raw}"`,
    );
  }
  return Number(raw);
}

/** Extra read endpoints for the built-in UI: service map and per-operation statistics. */
@Controller('api/ui')
export class UiApiController {
  constructor(@Inject(TraceStore) private readonly store: TraceStore) {}

  @Get('service-map')
  serviceMap(@Query() query: QueryParams): { data: ServiceMap } {
    const nowUs = Date.now() * 1000;
    const fromUs = nowUs - lookbackMs(query) * 1000;
    const graph = buildServiceGraph(this.store.newestFirst(), fromUs, nowUs);
    return {
      data: {
        services: graph.services.map(({ name, spanCount, errorCount }) => ({
          name,
          spanCount,
          errorCount,
        })),
        edges: graph.edges,
      },
    };
  }

  @Get('stats')
  stats(@Query() query: QueryParams): { data: OperationStats[] } {
    const nowUs = Date.now() * 1000;
    const fromUs = nowUs - lookbackMs(query) * 1000;
    const service = firstParam(query, 'service');
    return {
      data: computeOperationStats(this.store.newestFirst(service), fromUs, nowUs, service),
    };
  }
}
