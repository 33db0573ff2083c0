import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { Type } from 'class-transformer';
import { randomInt } from 'node:crypto';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsFaultRules } from './fault-rules.validator';

/**
 * Settings every service reads: where it listens (and its admin listener), how long it waits for a
 * downstream hop, and the faults it starts with.
 */
export class ServiceEnv {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  /** Loopback by default, so the stack is not served to the network; the image sets 0.0.0.0. */
  @IsString()
  HOST = '127.0.0.1';

  /** Upper bound for one downstream HTTP call, so no request hangs on a slow hop. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120_000)
  DOWNSTREAM_TIMEOUT_MS = 5_000;

  @IsIn(['log', 'error', 'warn', 'debug', 'verbose', 'fatal'])
  LOG_LEVEL: LogLevel = 'log';

  /** The admin listener (faults, stock): the service's PORT + 1000 (`adminPortOf`) when unset. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  ADMIN_PORT?: number;

  /** Loopback by default: the admin API changes how the service behaves, so it stays local. */
  @IsString()
  ADMIN_HOST = '127.0.0.1';

  /** Fault rules to start with, a JSON array (see libs/faults); none when unset. */
  @IsOptional()
  @IsFaultRules()
  FAULTS?: string;

  /** The seed of the faults' random choice; a fresh one per start when unset (GET /faults shows it). */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  FAULT_SEED: number = randomInt(0, 2 ** 31 - 1);
}
