import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LOG_SINK } from './ingest/log-sink';
import { SPAN_SINK } from './ingest/span-sink';
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
 * and binds the ingest layer's sinks to the stores.
 */
@Global()
@Module({})
export class ViewerCoreModule {
  static with({ store, logStore, interner }: ViewerCore): DynamicModule {
    return {
      module: ViewerCoreModule,
      providers: [
        { provide: TraceStore, useValue: store },
        { provide: SPAN_SINK, useValue: store },
        { provide: LogStore, useValue: logStore },
        { provide: LOG_SINK, useValue: logStore },
        { provide: ModelInterner, useValue: interner },
      ],
      exports: [TraceStore, SPAN_SINK, LogStore, LOG_SINK, ModelInterner],
    };
  }
}
