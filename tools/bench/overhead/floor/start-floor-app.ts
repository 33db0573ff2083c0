import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFloorEnv } from './floor-env';

/**
 * Starts a floor service: a plain Nest app on PORT, nothing registered but its module. Nest's
 * own logger prints warnings and errors only (it writes nothing per request either way).
 */
export async function startFloorApp(module: Type<unknown>): Promise<void> {
  const { PORT } = readFloorEnv(['PORT']);
  const app = await NestFactory.create(module, { logger: ['error', 'warn'] });
  await app.listen(Number(PORT), '127.0.0.1');
}
