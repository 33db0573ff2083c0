// The shapes the trace viewer's query API answers and its browser UI reads: types only, so the UI
// can import this entry (`@tools/trace-model/api`) without bundling any Node code.
export type * from './jaeger-trace.types';
export type * from './ui-api.types';
