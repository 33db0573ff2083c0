import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LiveFeedService } from '../ui/live-feed.service';
import { LiveController } from '../ui/live.controller';
import { UiApiController } from '../ui/ui-api.controller';
import { UiStaticController } from '../ui/ui-static.controller';
import { JaegerQueryController } from './jaeger-query.controller';
import { JaegerV3Controller } from './jaeger-v3.controller';
import { QueryExceptionFilter } from './query-exception.filter';

/** Root module of the query listener: Jaeger APIs, UI endpoints, then the UI files (last). */
@Module({
  controllers: [
    JaegerV3Controller,
    UiApiController,
    LiveController,
    JaegerQueryController,
    UiStaticController,
  ],
  providers: [LiveFeedService, { provide: APP_FILTER, useClass: QueryExceptionFilter }],
})
export class QueryAppModule {}
