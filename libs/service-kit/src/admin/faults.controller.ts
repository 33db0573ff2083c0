import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Put,
} from '@nestjs/common';
import { FaultEngine, type StoredFaultRule, validateFaultRule } from '@app/faults';
import { type OperationsView, ServiceOperations } from '../faults/service-operations';
import { SeedDto } from './seed.dto';

/** What `GET /faults` answers. */
export interface FaultsView {
  service: string;
  seed: number;
  rules: StoredFaultRule[];
}

/** The faults admin API (admin listener only): list, add, remove and re-seed fault rules. */
@Controller('faults')
export class FaultsController {
  constructor(
    private readonly engine: FaultEngine,
    private readonly operations: ServiceOperations,
  ) {}

  @Get()
  list(): FaultsView {
    return { service: this.engine.service, seed: this.engine.seed, rules: this.engine.list() };
  }

  // `unknown`, not a DTO: the global pipe would drop unknown fields, and a misspelt field
  // (`latency_ms`) must be refused, not silently ignored.
  @Post()
  add(@Body() body: unknown): StoredFaultRule {
    const { rule, errors } = validateFaultRule(body);
    if (errors) throw new BadRequestException(errors);
    const unknown = this.operations.problemWith(rule);
    if (unknown) throw new BadRequestException([unknown]);
    return this.engine.add(rule);
  }

  /** What a rule's `operation` may name here: the service's manual spans and routes. */
  @Get('operations')
  listOperations(): OperationsView {
    return this.operations.view();
  }

  @Put('seed')
  reseed(@Body() { seed }: SeedDto): { service: string; seed: number } {
    this.engine.reseed(seed);
    return { service: this.engine.service, seed };
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  clear(): void {
    this.engine.clear();
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id') id: string): void {
    if (!this.engine.remove(id)) throw new NotFoundException(`No fault rule ${id}`);
  }
}
