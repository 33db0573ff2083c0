import { Module } from '@nestjs/common';
import { TraceContextConformanceController } from './trace-context-conformance.controller';
import { TraceContextConformanceService } from './trace-context-conformance.service';

/** The W3C Trace Context test suite's endpoint; imported only with TRACE_CONTEXT_CONFORMANCE=on. */
@Module({
  controllers: [TraceContextConformanceController],
  providers: [TraceContextConformanceService],
})
export class TraceContextConformanceModule {}
