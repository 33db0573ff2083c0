import { Module } from '@nestjs/common';
import { OtlpIngestController } from './otlp-ingest.controller';

/** Root module of the OTLP/HTTP listener. */
@Module({
  controllers: [OtlpIngestController],
})
export class OtlpIngestModule {}
