export { useInMemoryTracing } from './in-memory-tracing';
export type { InMemoryTracing } from './in-memory-tracing';
