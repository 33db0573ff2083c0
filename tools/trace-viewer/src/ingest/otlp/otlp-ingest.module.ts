import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { OtlpExceptionFilter } from './otlp-exception.filter';
import { OtlpIngestController } from './otlp-ingest.controller';

/** Root module of the OTLP/HTTP listener. */
@Module({
  controllers: [OtlpIngestController],
  providers: [{ provide: APP_FILTER, useClass: OtlpExceptionFilter }],
})
export class OtlpIngestModule {}
