import { type INestApplication, Logger, type Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { adminPortOf } from '@app/topology';
import { AdminListener } from '../admin/admin-listener';
import { FrameworkLinesAtDebug } from '../logging/framework-lines-at-debug';
import { flushLogLines } from '../logging/stdout-destination';
import { asJsonApi } from './json-api-settings';
import type { ServiceEnv } from '../config/service-env';

/**
 * Creates and starts a service's Nest app on its configured host and port, then its admin
 * listener (a Nest app of its own). Shutdown hooks are on, so SIGTERM/SIGINT close both servers
 * and flush every ended span before the process exits.
 */
export async function bootstrapService(appModule: Type<unknown>): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true });
  asJsonApi(app);
  const config = app.get<ConfigService<ServiceEnv, true>>(ConfigService);
  // Nest's own lines (start-up, `new Logger(...)` in services) go through pino too.
  const logger = new FrameworkLinesAtDebug(app.get(PinoLogger));
  app.useLogger(logger);
  app.enableShutdownHooks();
  const port = config.get('PORT', { infer: true });
  const host = config.get('HOST', { infer: true });
  await app.listen(port, host);
  const adminPort = config.get('ADMIN_PORT', { infer: true }) ?? adminPortOf(port);
  const adminHost = config.get('ADMIN_HOST', { infer: true });
  await app.get(AdminListener).listen(app, { port: adminPort, host: adminHost, logger });
  Logger.log(
    `Listening on http://${host}:${port}, admin API on http://${adminHost}:${adminPort}`,
    'Bootstrap',
  );
  // Out before a launcher sees the service healthy and says the stack is ready.
  flushLogLines();
  return app;
}
