import type { Context } from '@opentelemetry/api';
import type { LogRecordProcessor, SdkLogRecord } from '@opentelemetry/sdk-logs';
import { redactLogFields } from '../redaction/redact-log-fields';
import type { RedactionRules } from '../redaction/redaction-rules';

/**
 * The span redaction rules applied to every log record before any exporter sees it: its body and
 * its attributes. The service's logger applies them already to what it prints; this covers any
 * other source of log records in the process. Register it before the exporting processors.
 */
export class RedactingLogRecordProcessor implements LogRecordProcessor {
  constructor(private readonly rules: RedactionRules) {}

  onEmit(record: SdkLogRecord, _context?: Context): void {
    const body = redactLogFields(record.body, this.rules);
    if (body !== record.body && body !== undefined) record.setBody(body);
    const attributes = redactLogFields(record.attributes, this.rules);
    if (attributes !== record.attributes) record.setAttributes(attributes);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
