import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { type IMetricReader, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { createMetricReadersFromEnv } from './metric-readers.factory';

describe(createMetricReadersFromEnv.name, () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  async function readersFor(value?: string): Promise<IMetricReader[]> {
    if (value === undefined) delete process.env.OTEL_METRICS_EXPORTER;
    else process.env.OTEL_METRICS_EXPORTER = value;
    const readers = createMetricReadersFromEnv();
    await Promise.all(readers.map((reader) => reader.shutdown()));
    return readers;
  }

  it('serves Prometheus text by default, without a server of its own', async () => {
    const readers = await readersFor();
    expect(readers).toHaveLength(1);
    expect(readers[0]).toBeInstanceOf(PrometheusExporter);
  });

  it('reads otlp, a list, and none', async () => {
    expect((await readersFor('otlp'))[0]).toBeInstanceOf(PeriodicExportingMetricReader);
    expect((await readersFor('prometheus,otlp')).map((r) => r.constructor)).toEqual([
      PrometheusExporter,
      PeriodicExportingMetricReader,
    ]);
    expect(await readersFor('none')).toEqual([]);
    expect(await readersFor('prometheus,none')).toEqual([]);
  });

  it('ignores an unknown name', async () => {
    expect(await readersFor('statsd')).toEqual([]);
  });
});
