import { randomBytes } from 'node:crypto';

// Exercise 1's shape (docs/solutions/01-notification): an order's trace ends in a PRODUCER span,
// `send notifications`; the message is consumed later in a trace of its own, whose CONSUMER root
// `process notifications` links to that producer span. Sent as OTLP/JSON, every id known.

const KIND = { SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;

const id = (bytes: number) => randomBytes(bytes).toString('hex');

interface FedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  service: string;
  kind: number;
  startMs: number;
  durationMs: number;
  links?: { traceId: string; spanId: string }[];
}

/** The ids of the fed traces: the order, its notification, and a notification whose order is gone. */
export interface LinkedTraces {
  orderTraceId: string;
  producerSpanId: string;
  notificationTraceId: string;
  consumerSpanId: string;
  orphanTraceId: string;
  orphanConsumerSpanId: string;
  /** The trace the orphan's link names: never sent to the viewer. */
  missingTraceId: string;
  missingSpanId: string;
}

function body(spans: FedSpan[]): string {
  return JSON.stringify({
    resourceSpans: spans.map((span) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: span.service } }] },
      scopeSpans: [
        {
          scope: { name: 'linked-traces' },
          spans: [
            {
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: span.kind,
              startTimeUnixNano: `${span.startMs}000000`,
              endTimeUnixNano: `${span.startMs + span.durationMs}000000`,
              links: span.links ?? [],
            },
          ],
        },
      ],
    })),
  });
}

/** Posts the three traces to the viewer's OTLP/HTTP endpoint and returns their ids. */
export async function feedLinkedTraces(otlpTracesUrl: string): Promise<LinkedTraces> {
  // A leading 'a' keeps each id a full 32 characters in Jaeger's API, which trims zeros.
  const traceId = () => `a${id(16).slice(1)}`;
  const ids: LinkedTraces = {
    orderTraceId: traceId(),
    producerSpanId: id(8),
    notificationTraceId: traceId(),
    consumerSpanId: id(8),
    orphanTraceId: traceId(),
    orphanConsumerSpanId: id(8),
    missingTraceId: traceId(),
    missingSpanId: id(8),
  };
  const now = Date.now() - 1_000;
  const orderServer = id(8);
  const notifyClient = id(8);
  const spans: FedSpan[] = [
    {
      traceId: ids.orderTraceId,
      spanId: orderServer,
      name: 'POST /orders',
      service: 'order-service',
      kind: KIND.SERVER,
      startMs: now,
      durationMs: 40,
    },
    {
      traceId: ids.orderTraceId,
      spanId: ids.producerSpanId,
      parentSpanId: orderServer,
      name: 'send notifications',
      service: 'order-service',
      kind: KIND.PRODUCER,
      startMs: now + 35,
      durationMs: 1,
    },
    {
      traceId: ids.notificationTraceId,
      spanId: ids.consumerSpanId,
      name: 'process notifications',
      service: 'order-service',
      kind: KIND.CONSUMER,
      startMs: now + 50,
      durationMs: 20,
      links: [{ traceId: ids.orderTraceId, spanId: ids.producerSpanId }],
    },
    {
      traceId: ids.notificationTraceId,
      spanId: notifyClient,
      parentSpanId: ids.consumerSpanId,
      name: 'POST',
      service: 'order-service',
      kind: KIND.CLIENT,
      startMs: now + 52,
      durationMs: 15,
    },
    {
      traceId: ids.notificationTraceId,
      spanId: id(8),
      parentSpanId: notifyClient,
      name: 'POST /notifications',
      service: 'notification-service',
      kind: KIND.SERVER,
      startMs: now + 54,
      durationMs: 10,
    },
    {
      traceId: ids.orphanTraceId,
      spanId: ids.orphanConsumerSpanId,
      name: 'process notifications',
      service: 'order-service',
      kind: KIND.CONSUMER,
      startMs: now + 80,
      durationMs: 5,
      links: [{ traceId: ids.missingTraceId, spanId: ids.missingSpanId }],
    },
  ];
  const response = await fetch(otlpTracesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(spans),
  });
  if (!response.ok) throw new Error(`OTLP export answered ${response.status}`);
  return ids;
}
