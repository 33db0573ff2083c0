import { BatchLogRecordProcessor, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { createLogRecordProcessorsFromEnv } from './log-record-processors.factory';

describe(createLogRecordProcessorsFromEnv.name, () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  async function processorsFor(value?: string) {
    if (value === undefined) delete process.env.OTEL_LOGS_EXPORTER;
    else process.env.OTEL_LOGS_EXPORTER = value;
    const processors = createLogRecordProcessorsFromEnv();
    await Promise.all(processors.map((processor) => processor.shutdown()));
    return processors.map((processor) => processor.constructor);
  }

  it('batches to OTLP by default, and reads console, a list, none and unknown names', async () => {
    expect(await processorsFor()).toEqual([BatchLogRecordProcessor]);
    expect(await processorsFor('otlp,console')).toEqual([
      BatchLogRecordProcessor,
      SimpleLogRecordProcessor,
    ]);
    expect(await processorsFor('none')).toEqual([]);
    expect(await processorsFor('otlp,none')).toEqual([]);
    expect(await processorsFor('syslog')).toEqual([]);
  });
});
