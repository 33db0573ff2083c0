import { DynamicModule, Global, Module } from '@nestjs/common';
import { ViewerConfig } from '../config/viewer-config';
import { TraceStore } from '../store/trace-store';
import { VIEWER_CONFIG } from './viewer-tokens';

/** Hands the one store and config of the process to each of the viewer's Nest apps. */
@Global()
@Module({})
export class ViewerCoreModule {
  static with(store: TraceStore, config: ViewerConfig): DynamicModule {
    return {
      module: ViewerCoreModule,
      providers: [
        { provide: TraceStore, useValue: store },
        { provide: VIEWER_CONFIG, useValue: config },
      ],
      exports: [TraceStore, VIEWER_CONFIG],
    };
  }
}
