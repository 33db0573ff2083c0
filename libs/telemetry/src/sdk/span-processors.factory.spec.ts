import { JaegerExporter } from '@opentelemetry/exporter-jaeger';
import { OTLPTraceExporter as OtlpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createSpanProcessorsFromEnv, DEFAULT_BATCH_DELAY_MS } from './span-processors.factory';

function exporterOf(processor: SpanProcessor): SpanExporter {
  return (processor as unknown as { _exporter: SpanExporter })._exporter;
}

describe(createSpanProcessorsFromEnv.name, () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  async function processorsFor(env: Record<string, string>): Promise<SpanProcessor[]> {
    Object.assign(process.env, env);
    const processors = createSpanProcessorsFromEnv();
    await Promise.all(processors.map((processor) => processor.shutdown()));
    return processors;
  }

  it('defaults to one batched OTLP http/protobuf exporter', async () => {
    delete process.env.OTEL_TRACES_EXPORTER;
    const processors = await processorsFor({});
    expect(processors).toHaveLength(1);
    expect(processors[0]).toBeInstanceOf(BatchSpanProcessor);
    expect(exporterOf(processors[0])).toBeInstanceOf(OtlpProtoTraceExporter);
  });

  it('batches every 200 ms unless OTEL_BSP_SCHEDULE_DELAY says otherwise', async () => {
    delete process.env.OTEL_BSP_SCHEDULE_DELAY;
    const delayOf = (processor: SpanProcessor) =>
      (processor as unknown as { _scheduledDelayMillis: number })._scheduledDelayMillis;
    expect(delayOf((await processorsFor({}))[0])).toBe(DEFAULT_BATCH_DELAY_MS);
    expect(DEFAULT_BATCH_DELAY_MS).toBe(200);
    expect(delayOf((await processorsFor({ OTEL_BSP_SCHEDULE_DELAY: '5000' }))[0])).toBe(5000);
  });

  it('honours OTEL_EXPORTER_OTLP_PROTOCOL=http/json', async () => {
    const [processor] = await processorsFor({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    });
    expect(exporterOf(processor)).toBeInstanceOf(OtlpJsonTraceExporter);
  });

  it('builds every listed exporter: jaeger batched, console unbatched', async () => {
    const processors = await processorsFor({ OTEL_TRACES_EXPORTER: 'jaeger,console' });
    expect(processors.map((processor) => processor.constructor)).toEqual([
      BatchSpanProcessor,
      SimpleSpanProcessor,
    ]);
    expect(exporterOf(processors[0])).toBeInstanceOf(JaegerExporter);
    expect(exporterOf(processors[1])).toBeInstanceOf(ConsoleSpanExporter);
  });

  it('records but exports nothing for none or only unknown names', async () => {
    for (const value of ['none', 'otlp,none', 'carrier-pigeon']) {
      const processors = await processorsFor({ OTEL_TRACES_EXPORTER: value });
      expect(processors).toHaveLength(1);
      expect(processors[0]).toBeInstanceOf(NoopSpanProcessor);
    }
  });
});
