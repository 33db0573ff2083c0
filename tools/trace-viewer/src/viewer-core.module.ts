import { type DynamicModule, Global, Module } from '@nestjs/common';
import { INGEST_PORT, type IngestPort } from './ingest/ingest-port';
import { ModelInterner } from './model/model-interner';
import { LogStore } from './store/log-store';
import { TraceStore } from './store/trace-store';

/** The process-wide state every listener shares: the stores and the interner. */
export interface ViewerCore {
  store: TraceStore;
  logStore: LogStore;
  interner: ModelInterner;
}

/**
 * Hands the process's one store of each signal and its interner to each of the viewer's Nest apps,
 * and binds the ingest layer's port to them.
 */
@Global()
@Module({})
export class ViewerCoreModule {
  static with({ store, logStore, interner }: ViewerCore): DynamicModule {
    return {
      module: ViewerCoreModule,
      providers: [
        { provide: TraceStore, useValue: store },
        { provide: LogStore, useValue: logStore },
        { provide: ModelInterner, useValue: interner },
        {
          provide: INGEST_PORT,
          useValue: { spans: store, logs: logStore, interner } satisfies IngestPort,
        },
      ],
      exports: [TraceStore, LogStore, ModelInterner, INGEST_PORT],
    };
  }
}
