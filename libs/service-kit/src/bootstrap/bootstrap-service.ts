import { type INestApplication, Logger, type Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { adminPortOf } from '@app/topology';
import { AdminServer } from '../admin/admin-server';
import { FrameworkLinesAtDebug } from '../logging/framework-lines-at-debug';
import { flushLogLines } from '../logging/stdout-destination';
import type { RequestListener } from 'node:http';
import type { ServiceEnv } from '../config/service-env';

/**
 * Creates and starts a service's Nest app on its configured host and port, and its admin listener. Shutdown hooks are on,
 * so SIGTERM/SIGINT close the server and flush every ended span before the process exits.
 */
export async function bootstrapService(appModule: Type<unknown>): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true });
  // JSON APIs called by services and scripts, none of which sends a conditional request: no ETag
  // (a SHA-1 of every body) and no X-Powered-By header telling every caller the framework.
  app.set('etag', false);
  app.disable('x-powered-by');
  const config = app.get<ConfigService<ServiceEnv, true>>(ConfigService);
  // Nest's own lines (start-up, `new Logger(...)` in services) go through pino too.
  app.useLogger(new FrameworkLinesAtDebug(app.get(PinoLogger)));
  app.enableShutdownHooks();
  const port = config.get('PORT', { infer: true });
  const host = config.get('HOST', { infer: true });
  await app.listen(port, host);
  // The Express app itself is a request listener: the admin server shares its routes and pipes.
  const handler = app.getHttpAdapter().getInstance() as RequestListener;
  const adminPort = config.get('ADMIN_PORT', { infer: true }) ?? adminPortOf(port);
  const adminHost = config.get('ADMIN_HOST', { infer: true });
  await app.get(AdminServer).listen(handler, adminPort, adminHost);
  Logger.log(
    `Listening on http://${host}:${port}, admin API on http://${adminHost}:${adminPort}`,
    'Bootstrap',
  );
  // Out before a launcher sees the service healthy and says the stack is ready.
  flushLogLines();
  return app;
}
