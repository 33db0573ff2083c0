import 'reflect-metadata';
import type { LogLevel } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';

/** Settings every service reads: where it listens and how long it waits for a downstream hop. */
export class ServiceEnv {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  @IsString()
  HOST = '0.0.0.0';

  /** Upper bound for one downstream HTTP call, so no request hangs on a slow hop. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(120_000)
  DOWNSTREAM_TIMEOUT_MS = 5_000;

  @IsIn(['log', 'error', 'warn', 'debug', 'verbose', 'fatal'])
  LOG_LEVEL: LogLevel = 'log';
}
