import { DynamicModule, INestApplication, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { ViewerCoreModule } from './common/viewer-core.module';
import { ViewerConfig } from './config/viewer-config';
import { JaegerIngestModule } from './ingest/jaeger-ingest.module';
import { OtlpIngestModule } from './ingest/otlp-ingest.module';
import { QueryAppModule } from './query/query-app.module';
import { TraceStore } from './store/trace-store';
import { LiveFeedService } from './ui/live-feed.service';

const RETENTION_SWEEP_MS = 10_000;

/** A started viewer: its store, the ports it listens on, and how to stop it. */
export interface RunningViewer {
  store: TraceStore;
  otlpPort: number;
  jaegerPort: number;
  queryPort: number;
  /** Open /api/ui/live connections (lets tests check that disconnects release listeners). */
  liveSubscriberCount(): number;
  close(): Promise<void>;
}

async function listen(
  root: Type,
  core: DynamicModule,
  host: string,
  port: number,
  logger: LogLevel[] | false,
): Promise<INestApplication> {
  // Bodies are read by the ingest controllers themselves, with size limits and gzip handling.
  const app = await NestFactory.create(
    { module: root, imports: [core] },
    { bodyParser: false, logger },
  );
  app.enableShutdownHooks();
  await app.listen(port, host);
  return app;
}

function portOf(app: INestApplication): number {
  return (app.getHttpServer() as { address(): AddressInfo }).address().port;
}

/** Starts the three listeners (OTLP, Jaeger Thrift, query + UI) around one shared store. */
export async function startViewer(
  config: ViewerConfig,
  logger: LogLevel[] | false = ['log', 'warn', 'error'],
): Promise<RunningViewer> {
  const store = new TraceStore({
    maxSpans: config.maxSpans,
    retentionMs: config.retentionMicros / 1000,
  });
  const core = ViewerCoreModule.with(store, config);
  const apps: INestApplication[] = [];
  try {
    apps.push(await listen(OtlpIngestModule, core, config.host, config.otlpPort, logger));
    apps.push(await listen(JaegerIngestModule, core, config.host, config.jaegerPort, logger));
    apps.push(await listen(QueryAppModule, core, config.host, config.queryPort, logger));
  } catch (error) {
    await Promise.all(apps.map((app) => app.close()));
    throw error;
  }
  // Retention must hold while nothing is being ingested, too.
  const sweep = setInterval(() => store.evictExpired(), RETENTION_SWEEP_MS);
  sweep.unref();
  return {
    store,
    otlpPort: portOf(apps[0]),
    jaegerPort: portOf(apps[1]),
    queryPort: portOf(apps[2]),
    liveSubscriberCount: () => apps[2].get(LiveFeedService).subscriberCount,
    close: async () => {
      clearInterval(sweep);
      await Promise.all(apps.map((app) => app.close()));
    },
  };
}
