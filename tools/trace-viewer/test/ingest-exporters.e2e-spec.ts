import { JaegerExporter } from '@opentelemetry/exporter-jaeger';
import { OTLPTraceExporter as OtlpHttpExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import request from 'supertest';
import { RunningViewer } from '../src/viewer';
import { exportSpans } from './support/export-spans';
import { SampleIds, T0_SEC, produceSampleSpans } from './support/sample-spans';
import { startTestViewer } from './support/viewer-harness';

const T0_US = T0_SEC * 1_000_000;

function ids(seed: string): SampleIds {
  return {
    traceId: `${seed}`.repeat(32).slice(0, 32),
    remoteParentId: 'aaaaaaaaaaaaaaa1',
    linkedTraceId: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1',
    linkedSpanId: 'ccccccccccccccc1',
  };
}

interface Kv {
  key: string;
  type: string;
  value: unknown;
}
interface JaegerSpan {
  spanID: string;
  operationName: string;
  references: { refType: string; traceID: string; spanID: string }[];
  startTime: number;
  duration: number;
  tags: Kv[];
  logs: { timestamp: number; fields: Kv[] }[];
  processID: string;
  flags?: number;
}

async function fetchTrace(viewer: RunningViewer, traceId: string) {
  const response = await request(`http://127.0.0.1:${viewer.queryPort}`)
    .get(`/api/traces/${traceId}`)
    .expect(200);
  const trace = response.body.data[0] as {
    traceID: string;
    spans: JaegerSpan[];
    processes: Record<string, { serviceName: string; tags: Kv[] }>;
  };
  const byName = (name: string) => {
    const span = trace.spans.find((s) => s.operationName === name);
    if (!span) throw new Error(`span "${name}" missing from ${traceId}`);
    return span;
  };
  return { body: response.body, trace, byName };
}

describe('ingest through the real exporters', () => {
  let viewer: RunningViewer;

  beforeAll(async () => {
    viewer = await startTestViewer();
  });
  afterAll(() => viewer.close());

  const otlpCases = [
    [
      'exporter-trace-otlp-proto (gzip)',
      '1',
      (port: number) =>
        new OtlpProtoExporter({
          url: `http://127.0.0.1:${port}/v1/traces`,
          compression: CompressionAlgorithm.GZIP,
        }),
    ],
    [
      'exporter-trace-otlp-http (JSON)',
      '2',
      (port: number) => new OtlpHttpExporter({ url: `http://127.0.0.1:${port}/v1/traces` }),
    ],
  ] as const;

  it.each(otlpCases)('%s: every field reads back as Jaeger shows it', async (_name, seed, make) => {
    const sample = ids(seed);
    await exportSpans(make(viewer.otlpPort), await produceSampleSpans('users-api', sample));
    const { body, trace, byName } = await fetchTrace(viewer, sample.traceId);

    expect(body).toMatchObject({ total: 0, limit: 0, offset: 0, errors: null });
    expect(trace.traceID).toBe(sample.traceId);
    expect(trace.spans).toHaveLength(5);
    expect(Object.values(trace.processes)).toEqual([
      {
        serviceName: 'users-api',
        tags: [
          { key: 'service.version', type: 'string', value: '1.2.3' },
          { key: 'host.cores', type: 'int64', value: 2 },
        ],
      },
    ]);

    const server = byName('GET /users/:id');
    expect(server).toEqual({
      traceID: sample.traceId,
      spanID: expect.stringMatching(/^[0-9a-f]{16}$/),
      operationName: 'GET /users/:id',
      references: [
        { refType: 'CHILD_OF', traceID: sample.traceId, spanID: sample.remoteParentId },
        { refType: 'FOLLOWS_FROM', traceID: sample.linkedTraceId, spanID: sample.linkedSpanId },
      ],
      startTime: T0_US + 1_000,
      duration: 100_000,
      tags: [
        { key: 'otel.scope.name', type: 'string', value: 'sample-scope' },
        { key: 'otel.scope.version', type: 'string', value: '0.9.0' },
        { key: 'http.method', type: 'string', value: 'GET' },
        { key: 'http.status_code', type: 'int64', value: 500 },
        { key: 'ratio', type: 'float64', value: 0.25 },
        { key: 'cached', type: 'bool', value: false },
        { key: 'tags.list', type: 'string', value: '["a","b"]' },
        { key: 'ports', type: 'string', value: '[80,443]' },
        { key: 'xss', type: 'string', value: '<script>alert(1)</script>' },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
        { key: 'error', type: 'bool', value: true },
        { key: 'otel.status_description', type: 'string', value: 'boom' },
        { key: 'w3c.tracestate', type: 'string', value: 'vendor=abc' },
      ],
      logs: [
        {
          timestamp: T0_US + 2_000,
          fields: [
            { key: 'event', type: 'string', value: 'cache.miss' },
            { key: 'cache.key', type: 'string', value: 'user:1' },
            { key: 'attempt', type: 'int64', value: 2 },
          ],
        },
      ],
      processID: 'p1',
      warnings: null,
    });

    const expectedKinds: [string, string, number][] = [
      ['SELECT users', 'client', 1],
      ['publish user.read', 'producer', 2],
      ['consume user.read', 'consumer', 3],
      ['map user', 'internal', 4],
    ];
    for (const [name, kind, index] of expectedKinds) {
      const span = byName(name);
      expect(span.references).toEqual([
        { refType: 'CHILD_OF', traceID: sample.traceId, spanID: server.spanID },
      ]);
      expect(span.startTime).toBe(T0_US + index * 10_000);
      expect(span.duration).toBe(5_000);
      expect(span.tags).toContainEqual({ key: 'span.kind', type: 'string', value: kind });
      expect(span.tags.some((tag) => tag.key === 'error')).toBe(false);
    }
    expect(byName('SELECT users').tags).toContainEqual({
      key: 'otel.status_code',
      type: 'string',
      value: 'OK',
    });
  });

  it('exporter-jaeger (Thrift over HTTP): spans map directly', async () => {
    const sample = ids('3');
    const exporter = new JaegerExporter({
      endpoint: `http://127.0.0.1:${viewer.jaegerPort}/api/traces`,
      tags: [{ key: 'region', value: 'eu-1' }],
    });
    await exportSpans(exporter, await produceSampleSpans('users-api', sample));
    const { trace, byName } = await fetchTrace(viewer, sample.traceId);

    expect(trace.spans).toHaveLength(5);
    expect(Object.values(trace.processes)).toEqual([
      { serviceName: 'users-api', tags: [{ key: 'region', type: 'string', value: 'eu-1' }] },
    ]);
    const server = byName('GET /users/:id');
    expect(server.flags).toBe(1);
    expect(server.references).toEqual([
      { refType: 'CHILD_OF', traceID: sample.traceId, spanID: sample.remoteParentId },
      { refType: 'FOLLOWS_FROM', traceID: sample.linkedTraceId, spanID: sample.linkedSpanId },
    ]);
    expect(server.startTime).toBe(T0_US + 1_000);
    expect(server.duration).toBe(100_000);
    // The Jaeger exporter writes these tags itself; the viewer keeps them as sent.
    expect(server.tags).toEqual(
      expect.arrayContaining([
        { key: 'http.status_code', type: 'float64', value: 500 },
        { key: 'cached', type: 'bool', value: false },
        { key: 'tags.list', type: 'string', value: 'a,b' },
        { key: 'xss', type: 'string', value: '<script>alert(1)</script>' },
        { key: 'otel.status_code', type: 'string', value: 'ERROR' },
        { key: 'otel.status_description', type: 'string', value: 'boom' },
        { key: 'error', type: 'bool', value: true },
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'service.version', type: 'string', value: '1.2.3' },
        { key: 'otel.library.name', type: 'string', value: 'sample-scope' },
      ]),
    );
    expect(server.logs).toEqual([
      {
        timestamp: T0_US + 2_000,
        fields: [
          { key: 'event', type: 'string', value: 'cache.miss' },
          { key: 'cache.key', type: 'string', value: 'user:1' },
          { key: 'attempt', type: 'float64', value: 2 },
        ],
      },
    ]);
    expect(byName('SELECT users').references).toEqual([
      { refType: 'CHILD_OF', traceID: sample.traceId, spanID: server.spanID },
    ]);
  });

  it('joins one trace whose spans come from two services at different times', async () => {
    const sample = ids('4');
    const spans = await produceSampleSpans('gateway', sample);
    const [first, second] = [spans.slice(0, 2), spans.slice(2)];
    await exportSpans(
      new OtlpProtoExporter({ url: `http://127.0.0.1:${viewer.otlpPort}/v1/traces` }),
      first,
    );
    const laterSpans = (await produceSampleSpans('orders', { ...sample })).slice(0, 1);
    await exportSpans(
      new OtlpHttpExporter({ url: `http://127.0.0.1:${viewer.otlpPort}/v1/traces` }),
      [...second, ...laterSpans],
    );
    const { trace } = await fetchTrace(viewer, sample.traceId);
    expect(trace.spans).toHaveLength(6);
    expect(
      Object.values(trace.processes)
        .map((p) => p.serviceName)
        .sort(),
    ).toEqual(['gateway', 'orders']);
    const services = await request(`http://127.0.0.1:${viewer.queryPort}`).get('/api/services');
    expect(services.body.data).toEqual(expect.arrayContaining(['gateway', 'orders']));
  });
});
