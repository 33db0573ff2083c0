import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { TraceLogRecord } from '@tools/trace-model';
import { LogStore } from '../../store/log-store';
import { queryParams } from '../query-params';
import { traceIdParam } from '../trace-id.param';
import { toTraceLogRecord } from './trace-log.mapper';
import { TraceLogsParams } from './trace-logs.params';

/** The log records written inside a trace, for the UI's span panel. */
@Controller('api/ui/traces')
export class TraceLogsController {
  constructor(@Inject(LogStore) private readonly logs: LogStore) {}

  /** A trace's (or one span's) records by time, ties in arrival order; [] for an unknown trace. */
  @Get(':traceId/logs')
  traceLogs(
    @Param('traceId') rawId: string,
    @Query(queryParams(TraceLogsParams)) { spanId }: TraceLogsParams,
  ): { data: TraceLogRecord[] } {
    const traceId = traceIdParam(rawId);
    const records =
      spanId === undefined ? this.logs.forTrace(traceId) : this.logs.forSpan(traceId, spanId);
    return { data: records.map(toTraceLogRecord) };
  }
}
