import { context, trace, TraceFlags } from '@opentelemetry/api';
import type { AnyValueMap, SeverityNumber } from '@opentelemetry/api-logs';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  LoggerProvider,
  type LogRecordExporter,
  SimpleLogRecordProcessor,
} from '@opentelemetry/sdk-logs';

/** One log line as instrumentation-pino would emit it, optionally inside a span. */
export interface LogLine {
  traceId?: string;
  spanId?: string;
  timeMs: number;
  severityNumber: SeverityNumber;
  severityText: string;
  body: string;
  attributes?: AnyValueMap;
}

/**
 * Emits log lines for one service through the OpenTelemetry logs SDK and a real exporter, then
 * flushes and shuts it down, so every line has been sent when this resolves.
 */
export async function emitLogs(
  service: string,
  exporter: LogRecordExporter,
  lines: LogLine[],
): Promise<void> {
  const provider = new LoggerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    processors: [new SimpleLogRecordProcessor({ exporter })],
  });
  const logger = provider.getLogger('pino');
  for (const line of lines) {
    const inSpan =
      line.traceId && line.spanId
        ? trace.setSpanContext(context.active(), {
            traceId: line.traceId,
            spanId: line.spanId,
            traceFlags: TraceFlags.SAMPLED,
          })
        : context.active();
    logger.emit({
      timestamp: line.timeMs,
      severityNumber: line.severityNumber,
      severityText: line.severityText,
      body: line.body,
      attributes: line.attributes,
      context: inSpan,
    });
  }
  await provider.forceFlush();
  await provider.shutdown();
}
