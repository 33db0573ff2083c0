import type { DynamicModule, INestApplication, LoggerService, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import type { ViewerConfig } from './config/viewer-config';
import { JaegerIngestModule } from './ingest/jaeger-thrift/jaeger-ingest.module';
import { THRIFT_FAILURE_REPLY } from './ingest/jaeger-thrift/thrift-failure.reply';
import { THRIFT_MEDIA_TYPES } from './ingest/jaeger-thrift/jaeger-ingest.controller';
import { OtlpIngestModule } from './ingest/otlp/otlp-ingest.module';
import { OTLP_FAILURE_REPLY } from './ingest/otlp/otlp-failure.reply';
import { OTLP_MEDIA_TYPES } from './ingest/otlp/otlp-reply';
import { type FailureReply, ListenerExceptionFilter } from './listener-exception.filter';
import { ModelInterner } from './model/model-interner';
import { LiveFeedService } from './query/ui-api/live-feed.service';
import { QueryListenerModule } from './query-listener.module';
import { QUERY_FAILURE_REPLY } from './query/query-failure.reply';
import { LogStore } from './store/log-store';
import { TraceStore } from './store/trace-store';
import { ViewerCoreModule } from './viewer-core.module';
import { viewerLogger } from './viewer-logger';

const RETENTION_SWEEP_MS = 10_000;

/** A started viewer: its store, the ports it listens on, and how to stop it. */
export interface RunningViewer {
  store: TraceStore;
  logStore: LogStore;
  /** The interner the ingest ports decode with (in-process feeders share it). */
  interner: ModelInterner;
  otlpPort: number;
  jaegerPort: number;
  queryPort: number;
  /** Open /api/ui/live connections (lets tests check that disconnects release listeners). */
  liveSubscriberCount(): number;
  close(): Promise<void>;
}

interface Listener {
  root: Type;
  port: number;
  /** Media types whose bodies are read raw (and inflated) up to the size limit; none for queries. */
  rawBodyTypes?: string[];
  /** How the listener answers failures, in its protocol. */
  failures: FailureReply;
}

async function listen(
  { root, port, rawBodyTypes, failures }: Listener,
  core: DynamicModule,
  config: ViewerConfig,
  logger: LoggerService | false,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    { module: root, imports: [core] },
    { bodyParser: false, logger },
  );
  if (rawBodyTypes) {
    // body-parser counts the limit after inflating too, so a small gzip bomb is refused as well.
    app.useBodyParser('raw', { type: rawBodyTypes, limit: config.maxBodyBytes, inflate: true });
  }
  app.useGlobalFilters(new ListenerExceptionFilter(failures));
  app.enableShutdownHooks();
  await app.listen(port, config.host);
  return app;
}

function portOf(app: INestApplication): number {
  return (app.getHttpServer() as { address(): AddressInfo }).address().port;
}

/**
 * Starts the three listeners (OTLP, Jaeger Thrift, query + UI) around one shared store; `false`
 * for `logger` keeps Nest quiet (tests, benchmarks).
 */
export async function startViewer(
  config: ViewerConfig,
  logger: LoggerService | false = viewerLogger(config.logLevel),
): Promise<RunningViewer> {
  const store = new TraceStore({ maxSpans: config.maxSpans, retentionMs: config.retentionMs });
  const logStore = new LogStore({
    maxRecords: config.maxLogRecords,
    retentionMs: config.retentionMs,
  });
  const interner = new ModelInterner();
  const core = ViewerCoreModule.with({ store, logStore, interner });
  const listeners: Listener[] = [
    {
      root: OtlpIngestModule,
      port: config.otlpPort,
      rawBodyTypes: OTLP_MEDIA_TYPES,
      failures: OTLP_FAILURE_REPLY,
    },
    {
      root: JaegerIngestModule,
      port: config.jaegerPort,
      rawBodyTypes: THRIFT_MEDIA_TYPES,
      failures: THRIFT_FAILURE_REPLY,
    },
    { root: QueryListenerModule, port: config.queryPort, failures: QUERY_FAILURE_REPLY },
  ];
  const apps: INestApplication[] = [];
  try {
    for (const listener of listeners) apps.push(await listen(listener, core, config, logger));
  } catch (error) {
    await Promise.all(apps.map((app) => app.close()));
    throw error;
  }
  // Retention must hold while nothing is being ingested, too.
  const sweep = setInterval(() => {
    store.evictExpired();
    logStore.evictExpired();
  }, RETENTION_SWEEP_MS);
  sweep.unref();
  return {
    store,
    logStore,
    interner,
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
