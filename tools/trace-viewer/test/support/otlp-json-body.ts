/** A minimal OTLP/JSON request with one span per entry, for contract tests. */
export function otlpJsonBody(
  spans: {
    traceId: string;
    spanId: string;
    parentSpanId?: string;
    name: string;
    service: string;
    startMs: number;
    durationMs: number;
    error?: boolean;
    attrs?: Record<string, string>;
  }[],
): string {
  return JSON.stringify({
    resourceSpans: spans.map((span) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: span.service } }] },
      scopeSpans: [
        {
          scope: { name: 'contract' },
          spans: [
            {
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: span.parentSpanId ? 'SPAN_KIND_CLIENT' : 2,
              startTimeUnixNano: `${span.startMs}000000`,
              endTimeUnixNano: `${span.startMs + span.durationMs}000000`,
              attributes: Object.entries(span.attrs ?? {}).map(([key, value]) => ({
                key,
                value: { stringValue: value },
              })),
              status: span.error ? { code: 'STATUS_CODE_ERROR', message: 'failed' } : {},
            },
          ],
        },
      ],
    })),
  });
}
