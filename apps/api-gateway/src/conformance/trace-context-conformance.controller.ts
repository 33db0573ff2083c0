import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  HttpStatus,
  ParseArrayPipe,
  Post,
} from '@nestjs/common';
import { ConformanceCallDto } from './conformance-call.dto';
import { TraceContextConformanceService } from './trace-context-conformance.service';

/** More than the harness ever asks for (three), few enough that one request stays short. */
export const MAX_CONFORMANCE_CALLS = 16;

/** `POST /conformance/trace-context`: the endpoint the W3C Trace Context test suite drives. */
@Controller('conformance')
export class TraceContextConformanceController {
  constructor(private readonly conformance: TraceContextConformanceService) {}

  // The body is a JSON array, which the global ValidationPipe leaves alone: ParseArrayPipe checks
  // every element (all of them, before anything is called) with the same class-validator rules.
  @Post('trace-context')
  @HttpCode(HttpStatus.OK)
  run(
    @Body(
      new ParseArrayPipe({
        items: ConformanceCallDto,
        whitelist: true,
        stopAtFirstError: false,
      }),
    )
    calls: ConformanceCallDto[],
  ): Promise<{ called: string[] }> {
    if (calls.length > MAX_CONFORMANCE_CALLS) {
      throw new BadRequestException(`at most ${MAX_CONFORMANCE_CALLS} calls, got ${calls.length}`);
    }
    return this.conformance.call(calls);
  }
}
