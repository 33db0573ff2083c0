import { expectedTrees } from '@app/contracts/traces';
import { type TraceSpan } from '@tools/trace-model';
import { serviceUrl } from './support/e2e-services';
import { httpCall } from './support/http-call';
import type { ReceivedLogRecord } from './support/otlp-logs.types';
import { expectedSpanTotal } from './support/span-assertions';
import { newTraceParent } from './support/trace-context';
import { useServicesWithReceiver } from './support/services-suite';

// Real processes on a shared two-core machine: records can take seconds to arrive under load.
jest.setTimeout(30_000);

const ORDER_SERVICES = [
  'api-gateway',
  'user-service',
  'order-service',
  'database-service',
  'inventory-service',
];

describe('logs joined to traces', () => {
  const { receiver } = useServicesWithReceiver();

  /** Waits until every service in `services` has sent its request line for `traceId`. */
  async function requestLines(traceId: string, services: string[]): Promise<ReceivedLogRecord[]> {
    await Promise.all(
      services.map((service) =>
        receiver.waitForLog(
          `request line of ${service} in ${traceId}`,
          (record) =>
            record.traceId === traceId &&
            record.serviceName === service &&
            typeof record.attributes.responseTime === 'number',
        ),
      ),
    );
    return receiver.logs().filter((record) => record.traceId === traceId);
  }

  it('stamps every log line of a request with its trace and the span it was written in', async () => {
    const caller = newTraceParent();
    const answer = await httpCall(
      `${serviceUrl('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`,
      { method: 'POST', headers: { traceparent: caller.header } },
    );
    expect(answer.status).toBe(201);
    const spans = await receiver.waitForSpans(
      caller.traceId,
      expectedSpanTotal(expectedTrees['create-order']),
    );
    const lines = await requestLines(caller.traceId, ORDER_SERVICES);

    const spanOf = new Map<string, TraceSpan>(spans.map((span) => [span.spanId, span]));
    // Every line names a span of this trace, written by the service that ran that span.
    expect(
      lines.filter((line) => spanOf.get(line.spanId)?.serviceName !== line.serviceName),
    ).toEqual([]);
    // Each service's request line sits on its own server span (the span of the request it ends).
    const servers = spans.filter((span) => span.kind === 'server');
    for (const line of lines.filter((record) => 'responseTime' in record.attributes)) {
      const server = servers.find((span) => span.spanId === line.spanId);
      expect(server?.serviceName).toBe(line.serviceName);
    }
    const gateway = lines.find(
      (line) => line.serviceName === 'api-gateway' && 'responseTime' in line.attributes,
    );
    expect(gateway).toMatchObject({
      severityText: 'info',
      body: expect.stringMatching(
        /^POST \/orders\?user_id=123&product_id=1&quantity=1 201 in \d+ ms$/,
      ),
    });
  });

  it('writes a failed request at warn (4xx) and error (5xx), in the span that answered it', async () => {
    const missing = newTraceParent();
    expect(
      (
        await httpCall(`${serviceUrl('api-gateway')}/users/99999`, {
          headers: { traceparent: missing.header },
        })
      ).status,
    ).toBe(404);
    const failed = newTraceParent();
    expect(
      (
        await httpCall(
          `${serviceUrl('api-gateway')}/orders/simulate-error?user_id=123&product_id=1&quantity=1`,
          { method: 'POST', headers: { traceparent: failed.header } },
        )
      ).status,
    ).toBe(502);

    const levels = async (traceId: string, services: string[]) =>
      Object.fromEntries(
        (await requestLines(traceId, services))
          .filter((line) => 'responseTime' in line.attributes)
          .map((line) => [line.serviceName, line.severityText]),
      );
    expect(
      await levels(missing.traceId, ['api-gateway', 'user-service', 'database-service']),
    ).toEqual({
      'api-gateway': 'warn',
      'user-service': 'warn',
      'database-service': 'warn',
    });
    expect(
      await levels(failed.traceId, ['api-gateway', 'order-service', 'inventory-service']),
    ).toMatchObject({
      'api-gateway': 'error',
      'order-service': 'error',
      'inventory-service': 'error',
    });
  });

  it('writes no request line for health probes and scrapes', async () => {
    const probe = await httpCall(`${serviceUrl('user-service')}/health`);
    const marker = newTraceParent();
    await httpCall(`${serviceUrl('user-service')}/users/123`, {
      headers: { traceparent: marker.header },
    });
    // The probe came first: once the later request's line is in, the probe's would be too.
    await requestLines(marker.traceId, ['user-service']);
    expect(probe.status).toBe(200);
    const requestLinesOfProbes = receiver
      .logs()
      .filter((record) => 'responseTime' in record.attributes)
      .filter((record) => String(record.body).includes('/health'));
    expect(requestLinesOfProbes).toEqual([]);
  });
});
