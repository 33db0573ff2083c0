/** A minimal OTLP/JSON ExportLogsServiceRequest with one resource per record, for tests. */
export function otlpJsonLogsBody(
  records: {
    service: string;
    traceId: string;
    spanId: string;
    timeUs: number;
    severityNumber: number;
    severityText: string;
    body: string;
    attrs?: Record<string, string>;
  }[],
): string {
  return JSON.stringify({
    resourceLogs: records.map((record) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: record.service } }] },
      scopeLogs: [
        {
          scope: { name: 'pino' },
          logRecords: [
            {
              timeUnixNano: `${record.timeUs}000`,
              observedTimeUnixNano: `${record.timeUs}000`,
              severityNumber: record.severityNumber,
              severityText: record.severityText,
              body: { stringValue: record.body },
              attributes: Object.entries(record.attrs ?? {}).map(([key, value]) => ({
                key,
                value: { stringValue: value },
              })),
              flags: 1,
              traceId: record.traceId,
              spanId: record.spanId,
            },
          ],
        },
      ],
    })),
  });
}
