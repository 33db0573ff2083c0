import {
  LoggerProvider,
  InMemoryLogRecordExporter,
  SimpleLogRecordProcessor,
} from '@opentelemetry/sdk-logs';
import { DEFAULT_REDACTION_RULES } from '../redaction/redaction-rules';
import { RedactingLogRecordProcessor } from './redacting.log-record-processor';

describe(RedactingLogRecordProcessor.name, () => {
  it('redacts the body and the attributes before the exporting processor sees them', async () => {
    const exporter = new InMemoryLogRecordExporter();
    const provider = new LoggerProvider({
      processors: [
        new RedactingLogRecordProcessor(DEFAULT_REDACTION_RULES),
        new SimpleLogRecordProcessor({ exporter }),
      ],
    });
    provider.getLogger('test').emit({
      body: 'no user ana@example.com',
      attributes: { req: { url: '/x?email=bob@x.io' }, api_key: 'k', status: 404 },
    });
    await provider.forceFlush();

    const [record] = exporter.getFinishedLogRecords();
    expect(record.body).toBe('no user [REDACTED_EMAIL]');
    expect(record.attributes).toEqual({
      req: { url: '/x?email=[REDACTED_EMAIL]' },
      api_key: '[REDACTED]',
      status: 404,
    });
    await provider.shutdown();
  });
});
