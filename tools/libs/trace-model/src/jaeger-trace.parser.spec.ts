import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromJaegerTrace } from './jaeger-trace.parser';
import type { JaegerEnvelope, JaegerSpan, JaegerTrace } from './api/jaeger-trace.types';

function createOrderTrace(): JaegerTrace {
  const path = join(__dirname, 'fixtures', 'create-order.jaeger.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as JaegerEnvelope<JaegerTrace[]>).data[0];
}

function bareSpan(overrides: Partial<JaegerSpan>): JaegerSpan {
  return {
    traceID: 'a'.repeat(32),
    spanID: 'b'.repeat(16),
    operationName: 'op',
    references: [],
    startTime: 10,
    duration: 5,
    tags: [],
    logs: [],
    processID: 'p1',
    warnings: null,
    ...overrides,
  };
}

function oneSpanTrace(span: JaegerSpan): JaegerTrace {
  const processes = { p1: { serviceName: 'svc', tags: [] } };
  return { traceID: span.traceID, spans: [span], processes, warnings: null };
}

describe('spansFromJaegerTrace', () => {
  it('normalizes a recorded manual span with its service, parent, times, tags and events', () => {
    const spans = spansFromJaegerTrace(createOrderTrace());
    const check = spans.find((span) => span.name === 'inventory-service.check');

    expect(spans).toHaveLength(23);
    expect(check).toEqual({
      traceId: 'ebdc141007036debe074b94c65517f35',
      spanId: check?.spanId,
      parentSpanId: spans.find(
        (span) =>
          span.serviceName === 'inventory-service' &&
          span.attributes['url.path'] === '/inventory/check',
      )?.spanId,
      name: 'inventory-service.check',
      kind: 'internal',
      serviceName: 'inventory-service',
      startTimeUs: 1763722800123456 + 33540,
      durationUs: 10048,
      attributes: {
        'product.id': 1,
        'inventory.requested': 2,
        'inventory.available': 42,
        'otel.scope.name': 'inventory-service',
      },
      events: [
        {
          name: 'Inventory checked',
          timeUs: 1763722800123456 + 43500,
          attributes: { 'inventory.sufficient': true },
        },
      ],
      status: 'unset',
    });
  });

  it('reads the kind from span.kind and keeps HTTP attributes on transport spans', () => {
    const spans = spansFromJaegerTrace(createOrderTrace());
    const kinds = spans.map((span) => span.kind).sort();

    expect(kinds.filter((kind) => kind === 'server')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'client')).toHaveLength(6);
    expect(kinds.filter((kind) => kind === 'internal')).toHaveLength(10);
    const root = spans.find((span) => span.parentSpanId === 'cc3f44f68826b83a');
    expect(root).toMatchObject({
      name: 'POST',
      kind: 'server',
      serviceName: 'api-gateway',
      attributes: { 'http.request.method': 'POST', 'http.response.status_code': 201 },
    });
  });

  it('maps otel.status_code and the legacy error tag to the status', () => {
    const statusOf = (tags: JaegerSpan['tags']) =>
      spansFromJaegerTrace(oneSpanTrace(bareSpan({ tags })))[0];

    expect(
      statusOf([
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
        { key: 'otel.status_description', type: 'string', value: 'boom' },
        { key: 'error', type: 'bool', value: true },
      ]),
    ).toMatchObject({ status: 'error', statusMessage: 'boom', attributes: {} });
    expect(statusOf([{ key: 'error', type: 'bool', value: true }]).status).toBe('error');
    expect(statusOf([{ key: 'otel.status_code', type: 'string', value: 'OK' }]).status).toBe('ok');
    expect(statusOf([]).status).toBe('unset');
  });

  it('takes the parent from parentSpanID when there is no CHILD_OF reference', () => {
    const span = bareSpan({
      parentSpanID: 'c'.repeat(16),
      references: [{ refType: 'FOLLOWS_FROM', traceID: 'a'.repeat(32), spanID: 'd'.repeat(16) }],
    });

    const [parsed] = spansFromJaegerTrace(oneSpanTrace(span));

    expect(parsed.parentSpanId).toBe('c'.repeat(16));
    expect(parsed.kind).toBe('internal');
    expect(parsed.serviceName).toBe('svc');
  });
});
