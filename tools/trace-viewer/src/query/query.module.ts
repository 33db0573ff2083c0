import { Module } from '@nestjs/common';
import { JaegerQueryController } from './jaeger-v1/jaeger-query.controller';
import { JaegerV3Controller } from './jaeger-v3/jaeger-v3.controller';
import { LiveFeedService } from './ui-api/live-feed.service';
import { LiveController } from './ui-api/live.controller';
import { TraceLogsController } from './ui-api/trace-logs.controller';
import { UiApiController } from './ui-api/ui-api.controller';

/** The query APIs on one port: Jaeger's v1 and api_v3, and the UI's own /api/ui/*. */
@Module({
  controllers: [
    JaegerV3Controller,
    UiApiController,
    TraceLogsController,
    LiveController,
    JaegerQueryController,
  ],
  providers: [LiveFeedService],
  exports: [LiveFeedService],
})
export class QueryModule {}
