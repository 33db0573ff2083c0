import {
  type ExceptionFilter,
  type INestApplication,
  type LoggerService,
  type OnApplicationShutdown,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { excludeFromTracing } from '@app/telemetry';
import { asJsonApi } from '../bootstrap/json-api-settings';
import { AdminModule } from './admin.module';

/** Where the admin listener listens, and the logger its Nest app writes through. */
export interface AdminListenOptions {
  port: number;
  host: string;
  logger: LoggerService;
}

/**
 * The admin listener: a Nest app of its own on ADMIN_HOST:ADMIN_PORT, as the trace viewer runs
 * one per port. The service's port never sees its routes, so that port's requests pay nothing
 * for it; its requests are not traced. It closes when the service app shuts down.
 */
export class AdminListener implements OnApplicationShutdown {
  private app?: INestApplication;

  constructor(
    private readonly controllers: readonly Type[],
    private readonly filter: ExceptionFilter,
  ) {}

  /** Starts the admin app, its controllers served with the service app's providers. */
  async listen(
    service: INestApplication,
    { port, host, logger }: AdminListenOptions,
  ): Promise<void> {
    const app = await NestFactory.create<NestExpressApplication>(
      AdminModule.serving(this.controllers, service, this.filter),
      { logger, forceCloseConnections: true },
    );
    asJsonApi(app);
    excludeFromTracing(app.getHttpServer());
    await app.listen(port, host);
    this.app = app;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.app?.close();
  }
}
