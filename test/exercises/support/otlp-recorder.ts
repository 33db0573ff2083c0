import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  spansFromOtlpJson,
  type OtlpExportTraceServiceRequest,
  type TraceSpan,
} from '@app/trace-model';

/** One OTLP/JSON ExportMetricsServiceRequest, as the services send it; only what checks read. */
export interface OtlpMetricsRequest {
  resourceMetrics?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeMetrics?: { metrics?: OtlpMetric[] }[];
  }[];
}

/** One metric of an OTLP/JSON request: a sum (counter) or a histogram. */
export interface OtlpMetric {
  name: string;
  sum?: { dataPoints?: OtlpNumberPoint[]; isMonotonic?: boolean };
  histogram?: { dataPoints?: { count?: string | number; attributes?: OtlpAttribute[] }[] };
}

interface OtlpAttribute {
  key: string;
  value: { stringValue?: string; intValue?: string | number; doubleValue?: number };
}

interface OtlpNumberPoint {
  asInt?: string | number;
  asDouble?: number;
  attributes?: OtlpAttribute[];
}

/** A metric as a check reads it: which service sent it and its points flattened. */
export interface RecordedMetric {
  serviceName: string;
  metric: OtlpMetric;
}

/**
 * An OTLP/HTTP JSON receiver for traces (`/v1/traces`) and metrics (`/v1/metrics`). Point the
 * services at it with OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_EXPORTER_OTLP_PROTOCOL=http/json.
 */
export class OtlpRecorder {
  private readonly spans: TraceSpan[] = [];
  private readonly metricList: RecordedMetric[] = [];
  private server?: Server;

  /** Starts listening on an ephemeral port and resolves with the endpoint URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const body: unknown = JSON.parse(Buffer.concat(chunks).toString() || '{}');
          if (request.url === '/v1/traces') {
            this.spans.push(...spansFromOtlpJson(body as OtlpExportTraceServiceRequest));
          } else if (request.url === '/v1/metrics') {
            this.recordMetrics(body as OtlpMetricsRequest);
          }
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        } catch {
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
    return this.spans.filter((span) => span.traceId === traceId);
  }

  /** Every metric received so far, oldest export first. */
  metrics(): readonly RecordedMetric[] {
    return this.metricList;
  }

  async stop(): Promise<void> {
    if (!this.server?.listening) return;
    this.server.close();
    await once(this.server, 'close');
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
