import type { AttrList } from './attr-list';

/** A Jaeger process: one per distinct (service.name, other resource attributes), shared by spans. */
export interface ProcessInfo {
  readonly serviceName: string;
  readonly tags: AttrList;
  /** Identity used for interning and for OTLP resource grouping. */
  readonly key: string;
}

/** An instrumentation scope, shared by the spans it produced. */
export interface ScopeInfo {
  readonly name: string;
  readonly version: string;
}
