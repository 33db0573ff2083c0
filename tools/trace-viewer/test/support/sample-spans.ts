import { ROOT_CONTEXT, SpanKind, SpanStatusCode, TraceFlags, trace } from '@opentelemetry/api';
import { TraceState } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';

/** Fixed ids and times, so read-back can be compared exactly. */
export interface SampleIds {
  traceId: string;
  remoteParentId: string;
  linkedTraceId: string;
  linkedSpanId: string;
}

export const T0_SEC = 1_700_000_000;

/**
 * Produces one trace with every feature that crosses an exporter: all span kinds, error and ok
 * status, an event with attributes, a link, a tracestate, every attribute type (arrays too) and
 * resource attributes.
 */
export async function produceSampleSpans(service: string, ids: SampleIds): Promise<ReadableSpan[]> {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({
      'service.name': service,
      'service.version': '1.2.3',
      'host.cores': 2,
    }),
    spanProcessors: [new SimpleSpanProcessor(memory)],
  });
  const tracer = provider.getTracer('sample-scope', '0.9.0');
  const parentContext = trace.setSpanContext(ROOT_CONTEXT, {
    traceId: ids.traceId,
    spanId: ids.remoteParentId,
    traceFlags: TraceFlags.SAMPLED,
    traceState: new TraceState('vendor=abc'),
    isRemote: true,
  });
  const server = tracer.startSpan(
    'GET /users/:id',
    {
      kind: SpanKind.SERVER,
      startTime: [T0_SEC, 1_000_000],
      attributes: {
        'http.method': 'GET',
        'http.status_code': 500,
        ratio: 0.25,
        cached: false,
        'tags.list': ['a', 'b'],
        ports: [80, 443],
        xss: '<script>alert(1)</script>',
      },
      links: [
        {
          context: {
            traceId: ids.linkedTraceId,
            spanId: ids.linkedSpanId,
            traceFlags: TraceFlags.SAMPLED,
          },
          attributes: { 'link.reason': 'batch' },
        },
      ],
    },
    parentContext,
  );
  server.addEvent('cache.miss', { 'cache.key': 'user:1', attempt: 2 }, [T0_SEC, 2_000_000]);
  server.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
  const serverContext = trace.setSpan(parentContext, server);
  const kinds: [string, SpanKind][] = [
    ['SELECT users', SpanKind.CLIENT],
    ['publish user.read', SpanKind.PRODUCER],
    ['consume user.read', SpanKind.CONSUMER],
    ['map user', SpanKind.INTERNAL],
  ];
  kinds.forEach(([name, kind], index) => {
    const child = tracer.startSpan(
      name,
      { kind, startTime: [T0_SEC, 10_000_000 * (index + 1)] },
      serverContext,
    );
    if (kind === SpanKind.CLIENT) child.setStatus({ code: SpanStatusCode.OK });
    child.end([T0_SEC, 10_000_000 * (index + 1) + 5_000_000]);
  });
  server.end([T0_SEC, 101_000_000]);
  await provider.forceFlush();
  const spans = memory.getFinishedSpans();
  await provider.shutdown();
  return spans;
}
