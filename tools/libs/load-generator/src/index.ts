export { HttpLoadClient } from './http-load.client';
export type { LoadRequest, LoadResponse } from './http-load.client';
export { LatencyHistogram } from './latency-histogram';
export type { LatencySummary } from './latency-histogram';
export { runOpenModel } from './open-model.runner';
export type { OpenModelOptions, OpenModelResult, RequestOutcome } from './open-model.runner';
