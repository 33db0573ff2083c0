import { Module } from '@nestjs/common';
import { QueryModule } from './query/query.module';
import { WebModule } from './web/web.module';

/** Root module of the query port: the query APIs, then the web UI for every other path. */
@Module({ imports: [QueryModule, WebModule.forRoot()] })
export class QueryListenerModule {}
