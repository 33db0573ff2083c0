import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter as OtlpHttpLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as OtlpProtoLogExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import request from 'supertest';
import { ExportLogsServiceResponse } from '../src/ingest/otlp/otlp-schema';
import { RunningViewer } from '../src/viewer';
import { expectJsonRefused, expectProtobufRefused, postOtlpProtobuf } from './support/otlp-post';
import { emitLogs } from './support/emit-logs';
import { eventually, startTestViewer } from './support/viewer-harness';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const GATEWAY_SPAN = '00f067aa0ba902b7';
const ORDER_SPAN = '1111111111111111';

interface LogItem {
  spanId: string;
  timestamp: number;
  severityText: string;
  severityNumber: number;
  body: string;
  attributes: { key: string; type: string; value: unknown }[];
  serviceName: string;
}

describe('log ingest (POST /v1/logs) and the trace log query', () => {
  let viewer: RunningViewer;
  let otlp: ReturnType<typeof request>;
  let query: ReturnType<typeof request>;
  const t0 = Date.now() - 1_000;

  const traceLogs = async (traceId: string, spanId?: string): Promise<LogItem[]> => {
    const path = `/api/ui/traces/${traceId}/logs${spanId ? `?spanId=${spanId}` : ''}`;
    return (await query.get(path).expect(200)).body.data as LogItem[];
  };

  beforeAll(async () => {
    viewer = await startTestViewer();
    otlp = request(`http://127.0.0.1:${viewer.otlpPort}`);
    query = request(`http://127.0.0.1:${viewer.queryPort}`);
    const url = `http://127.0.0.1:${viewer.otlpPort}/v1/logs`;
    // The services' default: http/protobuf, here gzipped too.
    await emitLogs(
      'order-service',
      new OtlpProtoLogExporter({ url, compression: CompressionAlgorithm.GZIP }),
      [
        {
          timeMs: t0 - 500,
          severityNumber: SeverityNumber.INFO,
          severityText: 'info',
          body: 'order-service listening on :3002',
        },
        {
          traceId: TRACE,
          spanId: ORDER_SPAN,
          timeMs: t0 + 30,
          severityNumber: SeverityNumber.WARN,
          severityText: 'warn',
          body: 'stock is low',
          attributes: { context: 'OrdersService', 'req.id': 7 },
        },
      ],
    );
    // Another service's lines in the same trace, over OTLP/JSON.
    await emitLogs('api-gateway', new OtlpHttpLogExporter({ url }), [
      {
        traceId: TRACE,
        spanId: GATEWAY_SPAN,
        timeMs: t0 + 40,
        severityNumber: SeverityNumber.ERROR,
        severityText: 'error',
        body: 'order failed',
      },
      {
        traceId: TRACE,
        spanId: GATEWAY_SPAN,
        timeMs: t0 + 10,
        severityNumber: SeverityNumber.INFO,
        severityText: 'info',
        body: 'POST /orders',
        attributes: { context: 'OrdersController' },
      },
    ]);
    await eventually(() => (viewer.logStore.recordCount === 4 ? true : undefined));
  });
  afterAll(() => viewer.close());

  it("lists the trace's records by time, each with its span, level, message, attributes and service", async () => {
    const logs = await traceLogs(TRACE);
    expect(logs.map((l) => [l.spanId, l.severityText, l.body, l.serviceName])).toEqual([
      [GATEWAY_SPAN, 'info', 'POST /orders', 'api-gateway'],
      [ORDER_SPAN, 'warn', 'stock is low', 'order-service'],
      [GATEWAY_SPAN, 'error', 'order failed', 'api-gateway'],
    ]);
    expect(logs.map((l) => l.timestamp)).toEqual(
      [t0 + 10, t0 + 30, t0 + 40].map((ms) => ms * 1000),
    );
    expect(logs.map((l) => l.severityNumber)).toEqual([9, 13, 17]);
    expect(logs[1].attributes).toEqual([
      { key: 'context', type: 'string', value: 'OrdersService' },
      { key: 'req.id', type: 'int64', value: 7 },
    ]);
  });

  it("narrows to one span's records with ?spanId", async () => {
    const logs = await traceLogs(TRACE, GATEWAY_SPAN);
    expect(logs.map((l) => l.body)).toEqual(['POST /orders', 'order failed']);
  });

  it('keeps a start-up line outside any trace: counted, in no trace', () => {
    expect(viewer.logStore.recordCount).toBe(4);
    expect(viewer.logStore.forTrace(TRACE)).toHaveLength(3);
  });

  it('answers an unknown trace with [] and a malformed id or spanId with 400', async () => {
    await expect(traceLogs('0123456789abcdef0123456789abcdef')).resolves.toEqual([]);
    const badId = await query.get('/api/ui/traces/not-a-trace/logs').expect(400);
    expect(badId.body.errors[0].msg).toBe(
      'cannot parse traceID param: invalid trace id "not-a-trace"',
    );
    const badSpan = await query.get(`/api/ui/traces/${TRACE}/logs?spanId=xyz`).expect(400);
    expect(badSpan.body.errors[0].msg).toMatch(/^unable to parse param 'spanId'/);
  });

  describe('bad requests', () => {
    afterEach(() => {
      // A refused request must leave what was stored in place.
      expect(viewer.logStore.recordCount).toBe(4);
    });

    it('malformed protobuf -> 400 with a google.rpc.Status protobuf', () =>
      expectProtobufRefused(otlp, '/v1/logs', 'ExportLogsServiceRequest'));

    it('malformed or wrongly shaped JSON -> 400 with a JSON Status', () =>
      expectJsonRefused(otlp, '/v1/logs', {
        broken: '{"resourceLogs": [',
        wrongShape: '{"resourceLogs": [{"scopeLogs": [{"logRecords": {}}]}]}',
        wrongShapeMessage: 'logRecords must be an array',
      }));

    it('unknown content type -> 415', async () => {
      const response = await otlp
        .post('/v1/logs')
        .set('Content-Type', 'text/plain')
        .send('hello')
        .expect(415);
      expect(response.body).toEqual({ code: 3, message: 'unsupported Content-Type "text/plain"' });
    });

    it('an empty protobuf export -> 200 with an empty ExportLogsServiceResponse', async () => {
      const response = await postOtlpProtobuf(otlp, '/v1/logs', Buffer.alloc(0)).expect(200);
      expect(ExportLogsServiceResponse.decode(response.body as Buffer).toJSON()).toEqual({});
    });
  });
});
