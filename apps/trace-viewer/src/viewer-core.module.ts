import { type DynamicModule, Global, Module } from '@nestjs/common';
import { SPAN_SINK } from './ingest/span-sink';
import { ModelInterner } from './model/model-interner';
import { TraceStore } from './store/trace-store';

/**
 * Hands the process's one store and interner to each of the viewer's Nest apps, and binds the
 * ingest layer's span sink to the store.
 */
@Global()
@Module({})
export class ViewerCoreModule {
  static with(store: TraceStore, interner: ModelInterner): DynamicModule {
    return {
      module: ViewerCoreModule,
      providers: [
        { provide: TraceStore, useValue: store },
        { provide: SPAN_SINK, useValue: store },
        { provide: ModelInterner, useValue: interner },
      ],
      exports: [TraceStore, SPAN_SINK, ModelInterner],
    };
  }
}
