import { Module } from '@nestjs/common';
import { JaegerIngestController } from './jaeger-ingest.controller';

/** Root module of the Jaeger Thrift HTTP listener. */
@Module({
  controllers: [JaegerIngestController],
})
export class JaegerIngestModule {}
