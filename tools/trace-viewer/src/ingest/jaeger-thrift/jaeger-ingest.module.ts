import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { JaegerIngestExceptionFilter } from './jaeger-ingest-exception.filter';
import { JaegerIngestController } from './jaeger-ingest.controller';

/** Root module of the Jaeger Thrift HTTP listener. */
@Module({
  controllers: [JaegerIngestController],
  providers: [{ provide: APP_FILTER, useClass: JaegerIngestExceptionFilter }],
})
export class JaegerIngestModule {}
