import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pollFor } from '@tools/polling';
import type { TraceSpan } from '@tools/trace-model';
import { decodeOtlpJson } from '../../tools/trace-viewer/src/ingest/otlp/otlp-json.decoder';
import { ModelInterner } from '../../tools/trace-viewer/src/model/model-interner';
import { logRecordsOf, type OtlpLogsRequest, type ReceivedLogRecord } from './otlp-logs.types';
import type { OtlpMetricsRequest, RecordedMetric } from './otlp-metrics.types';
import { attributesOf, traceSpanOf } from './trace-span.from-stored';

/** A span's link: the context of another span, usually in another trace. */
export interface SpanLink {
  traceId: string;
  spanId: string;
}

/** Polls `items` (which the receiver fills) for the first that satisfies `predicate`. */
async function firstArrival<T>(
  items: readonly T[],
  predicate: (item: T) => boolean,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const found = await pollFor(() => items.find(predicate), { timeoutMs, intervalMs: 50 });
  if (found === undefined) throw new Error(`no ${what} arrived within ${timeoutMs} ms`);
  return found;
}

/** What the wire carried for one span beyond TraceSpan: resource, W3C tracestate and links. */
export interface SpanEnvelope {
  resource: Record<string, unknown>;
  /** The span's tracestate as the exporter serialised it; undefined when it had none. */
  traceState?: string;
  /** The span's links, in the order it was given them. */
  links: SpanLink[];
}

/**
 * An OTLP/HTTP JSON endpoint the test controls, for traces (`/v1/traces`), metrics
 * (`/v1/metrics`) and logs (`/v1/logs`): point services at it with OTEL_EXPORTER_OTLP_ENDPOINT and
 * OTEL_EXPORTER_OTLP_PROTOCOL=http/json, then read what they sent.
 */
export class OtlpJsonReceiver {
  private readonly received: TraceSpan[] = [];
  private readonly envelopes = new Map<string, SpanEnvelope>();
  private readonly metricList: RecordedMetric[] = [];
  private readonly logList: ReceivedLogRecord[] = [];
  private readonly bodies: string[] = [];
  private readonly interner = new ModelInterner();
  private server?: Server;

  /** Starts listening on an ephemeral port and resolves with the endpoint URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const body = Buffer.concat(chunks);
          this.bodies.push(body.toString());
          if (request.url === '/v1/traces') this.record(body);
          if (request.url === '/v1/logs') {
            this.logList.push(
              ...logRecordsOf(JSON.parse(body.toString() || '{}') as OtlpLogsRequest),
            );
          }
          if (request.url === '/v1/metrics') {
            this.recordMetrics(JSON.parse(body.toString() || '{}') as OtlpMetricsRequest);
          }
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        } catch {
          // A body that is not JSON is the sender's bug: answer it, never crash the test process.
          response.writeHead(400).end();
        }
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Every span received so far for `traceId`. */
  spansOf(traceId: string): TraceSpan[] {
    return this.received.filter((span) => span.traceId === traceId);
  }

  /** Polls until `traceId` has at least `count` spans, failing after `timeoutMs`. */
  async waitForSpans(traceId: string, count: number, timeoutMs = 10_000): Promise<TraceSpan[]> {
    const spans = await pollFor(
      () => {
        const arrived = this.spansOf(traceId);
        return arrived.length >= count ? arrived : undefined;
      },
      { timeoutMs, intervalMs: 50 },
    );
    if (spans) return spans;
    const got = this.spansOf(traceId).map((span) => `${span.serviceName}:${span.name}`);
    throw new Error(
      `trace ${traceId}: wanted ${count} spans, got ${got.length}: ${got.join(', ')}`,
    );
  }

  /** Polls until a span satisfying `predicate` has arrived, failing after `timeoutMs`. */
  waitForSpan(
    description: string,
    predicate: (span: TraceSpan) => boolean,
    timeoutMs = 10_000,
  ): Promise<TraceSpan> {
    return firstArrival(this.received, predicate, `span ${description}`, timeoutMs);
  }

  /** The resource and tracestate that came with span `spanId` (throws if it never arrived). */
  envelopeOf(spanId: string): SpanEnvelope {
    const envelope = this.envelopes.get(spanId);
    if (!envelope) throw new Error(`span ${spanId} was never received`);
    return envelope;
  }

  /** Every span received so far, all traces. */
  all(): readonly TraceSpan[] {
    return this.received;
  }

  /** Every export body received so far, on any path, exactly as it crossed the wire. */
  wire(): readonly string[] {
    return this.bodies;
  }

  /** Every metric received so far, oldest export first. */
  metrics(): readonly RecordedMetric[] {
    return this.metricList;
  }

  /** Every log record received so far, in arrival order. */
  logs(): readonly ReceivedLogRecord[] {
    return this.logList;
  }

  /** Polls until a log record satisfying `predicate` has arrived, failing after `timeoutMs`. */
  waitForLog(
    description: string,
    predicate: (record: ReceivedLogRecord) => boolean,
    timeoutMs = 10_000,
  ): Promise<ReceivedLogRecord> {
    return firstArrival(this.logList, predicate, `log record ${description}`, timeoutMs);
  }

  async stop(): Promise<void> {
    if (!this.server?.listening) return;
    this.server.close();
    await once(this.server, 'close');
  }

  /** Reads an export with the trace viewer's OTLP/JSON decoder, the workspace's one reader. */
  private record(body: Buffer): void {
    const batch = decodeOtlpJson(body, this.interner);
    batch.spans.forEach((span, index) => {
      this.received.push(traceSpanOf(batch.traceIds[index], span));
      // TraceSpan keeps only service.name, no tracestate and no links; tests need the rest.
      const { serviceName, tags } = span.process;
      this.envelopes.set(span.spanId, {
        resource: { ...attributesOf(tags), 'service.name': serviceName },
        ...(span.traceState ? { traceState: span.traceState } : {}),
        links: (span.links ?? []).map(({ traceId, spanId }) => ({ traceId, spanId })),
      });
    });
  }

  private recordMetrics(request: OtlpMetricsRequest): void {
    for (const resourceMetrics of request.resourceMetrics ?? []) {
      const serviceName =
        resourceMetrics.resource?.attributes?.find((kv) => kv.key === 'service.name')?.value
          .stringValue ?? 'unknown';
      for (const scope of resourceMetrics.scopeMetrics ?? []) {
        for (const metric of scope.metrics ?? []) this.metricList.push({ serviceName, metric });
      }
    }
  }
}
