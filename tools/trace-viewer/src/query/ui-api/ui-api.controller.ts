import { Controller, Get, Inject, Query } from '@nestjs/common';
import type { OperationStats, ServiceMap } from '@tools/trace-model';
import { TraceStore } from '../../store/trace-store';
import { queryParams } from '../query-params';
import { buildServiceGraph } from '../service-graph';
import { computeOperationStats } from './operation-stats';
import { UiWindowParams } from './ui-window.params';

/** Extra read endpoints for the built-in UI: service map and per-operation statistics. */
@Controller('api/ui')
export class UiApiController {
  constructor(@Inject(TraceStore) private readonly store: TraceStore) {}

  @Get('service-map')
  serviceMap(@Query(queryParams(UiWindowParams)) params: UiWindowParams): { data: ServiceMap } {
    return { data: buildServiceGraph(this.store.newestFirst(), params.window(Date.now())) };
  }

  @Get('stats')
  stats(@Query(queryParams(UiWindowParams)) params: UiWindowParams): { data: OperationStats[] } {
    const { service } = params;
    const window = params.window(Date.now());
    return { data: computeOperationStats(this.store.newestFirst(service), window, service) };
  }
}
