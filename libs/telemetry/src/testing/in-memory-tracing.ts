import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  CompositePropagator,
  W3CBaggagePropagator,
  W3CTraceContextPropagator,
} from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** What a unit test reads its spans from. */
export interface InMemoryTracing {
  /** Ended spans so far, in the order they ended. */
  spans(): ReadableSpan[];
  /** The one ended span named `name`; throws naming what was there if it is missing or repeated. */
  span(name: string): ReadableSpan;
  /** Forgets the spans recorded so far. */
  reset(): void;
}

/**
 * Registers a real tracer provider that keeps spans in memory, with the same context manager
 * and W3C propagators the services use, for the current jest file. Call it at describe level.
 */
export function useInMemoryTracing(): InMemoryTracing {
  const exporter = new InMemorySpanExporter();
  const contextManager = new AsyncLocalStorageContextManager();
  const provider = new BasicTracerProvider({
    spanProcessors: [new SimpleSpanProcessor(exporter)],
  });

  beforeAll(() => {
    context.setGlobalContextManager(contextManager.enable());
    propagation.setGlobalPropagator(
      new CompositePropagator({
        propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
      }),
    );
    trace.setGlobalTracerProvider(provider);
  });
  afterEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    propagation.disable();
    context.disable();
  });

  return {
    spans: () => exporter.getFinishedSpans(),
    span(name) {
      const spans = exporter.getFinishedSpans();
      const matches = spans.filter((span) => span.name === name);
      if (matches.length !== 1) {
        const names = spans.map((span) => span.name).join(', ') || 'none';
        throw new Error(`expected one span "${name}", found ${matches.length} (spans: ${names})`);
      }
      return matches[0];
    },
    reset: () => exporter.reset(),
  };
}
