import http from 'node:http';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { ExportTraceServiceResponse } from '../src/ingest/otlp/otlp-schema';
import { RunningViewer } from '../src/viewer';
import {
  expectJsonRefused,
  expectProtobufRefused,
  postOtlpJson,
  postOtlpProtobuf,
} from './support/otlp-post';
import { otlpJsonBody } from './support/otlp-json-body';
import { postRaw } from './support/post-raw';
import { eventually, startTestViewer } from './support/viewer-harness';

const TRACE = '5b8efff798038103d269b633813fc60c';
const LIMIT = 64 * 1024;

describe('ingest error handling', () => {
  let viewer: RunningViewer;
  let otlp: ReturnType<typeof request>;
  let jaeger: ReturnType<typeof request>;

  beforeAll(async () => {
    viewer = await startTestViewer({ maxBodyBytes: LIMIT });
    otlp = request(`http://127.0.0.1:${viewer.otlpPort}`);
    jaeger = request(`http://127.0.0.1:${viewer.jaegerPort}`);
    await postOtlpJson(
      otlp,
      '/v1/traces',
      otlpJsonBody([
        {
          traceId: TRACE,
          spanId: '1111111111111111',
          name: 'kept',
          service: 'svc',
          startMs: Date.now(),
          durationMs: 1,
        },
      ]),
    ).expect(200);
  });
  afterAll(async () => {
    await viewer.close();
  });
  afterEach(() => {
    // Every failure must leave what was stored in place.
    expect(viewer.store.get(TRACE)?.spans.map((span) => span.operationName)).toEqual(['kept']);
  });

  it('malformed protobuf -> 400 with a google.rpc.Status protobuf', () =>
    expectProtobufRefused(otlp, '/v1/traces', 'ExportTraceServiceRequest'));

  it('malformed JSON -> 400 with a JSON Status', () =>
    expectJsonRefused(otlp, '/v1/traces', {
      broken: '{"resourceSpans": [',
      wrongShape: '{"resourceSpans": 5}',
      wrongShapeMessage: 'resourceSpans must be an array',
    }));

  it('invalid span ids -> 200 with partial_success', async () => {
    const body = otlpJsonBody([
      {
        traceId: 'zz',
        spanId: '2222222222222222',
        name: 'bad',
        service: 'svc',
        startMs: 1,
        durationMs: 1,
      },
    ]);
    const json = await postOtlpJson(otlp, '/v1/traces', body).expect(200);
    expect(json.body).toEqual({
      partialSuccess: { rejectedSpans: '1', errorMessage: '1 span(s) rejected: invalid trace id' },
    });
  });

  it('malformed Thrift -> 400 with a message', async () => {
    const response = await jaeger
      .post('/api/traces')
      .set('Content-Type', 'application/x-thrift')
      .send(Buffer.from('not thrift at all'))
      .expect(400);
    expect(response.text).toMatch(/^Unable to process request body: invalid Thrift jaeger.Batch/);
  });

  it('unknown content type -> 415', async () => {
    const response = await otlp
      .post('/v1/traces')
      .set('Content-Type', 'text/plain')
      .send('hello')
      .expect(415);
    expect(response.body).toEqual({ code: 3, message: 'unsupported Content-Type "text/plain"' });
    await jaeger.post('/api/traces').set('Content-Type', 'text/plain').send('hello').expect(415);
  });

  it('oversized body -> 413, by Content-Length and by a gzip bomb', async () => {
    const big = Buffer.alloc(LIMIT + 1, 0x20);
    const direct = await postRaw(
      viewer.otlpPort,
      '/v1/traces',
      { 'Content-Type': 'application/json' },
      big,
    );
    expect(direct).toEqual({
      status: 413,
      text: JSON.stringify({
        code: 8,
        message: `request body exceeds the limit of ${LIMIT} bytes`,
      }),
    });
    const bomb = gzipSync(Buffer.alloc(50 * LIMIT, 0x20));
    expect(bomb.length).toBeLessThan(LIMIT);
    const bombed = await postRaw(
      viewer.otlpPort,
      '/v1/traces',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      bomb,
    );
    expect(bombed.status).toBe(413);
    const thrift = await postRaw(
      viewer.jaegerPort,
      '/api/traces',
      { 'Content-Type': 'application/x-thrift' },
      big,
    );
    expect(thrift.status).toBe(413);
  });

  it('gzip JSON is accepted and the full-success protobuf response is empty', async () => {
    const body = gzipSync(
      otlpJsonBody([
        {
          traceId: 'abababababababababababababababab',
          spanId: '3333333333333333',
          name: 'zipped',
          service: 'svc',
          startMs: 1,
          durationMs: 1,
        },
      ]),
    );
    expect(
      await postRaw(
        viewer.otlpPort,
        '/v1/traces',
        { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body,
      ),
    ).toEqual({ status: 200, text: '{}' });
    expect(viewer.store.get('abababababababababababababababab')?.spans[0].operationName).toBe(
      'zipped',
    );
    const empty = await postOtlpProtobuf(otlp, '/v1/traces', Buffer.alloc(0)).expect(200);
    expect((empty.body as Buffer).length).toBe(0);
    expect(ExportTraceServiceResponse.decode(empty.body as Buffer).toJSON()).toEqual({});
  });

  it('an attribute value <script> round-trips as plain JSON data', async () => {
    const traceId = 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd';
    await postOtlpJson(
      otlp,
      '/v1/traces',
      otlpJsonBody([
        {
          traceId,
          spanId: '4444444444444444',
          name: 'xss',
          service: 'svc',
          startMs: 1,
          durationMs: 1,
          attrs: { note: '<script>alert(1)</script>' },
        },
      ]),
    ).expect(200);
    const response = await request(`http://127.0.0.1:${viewer.queryPort}`)
      .get(`/api/traces/${traceId}`)
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(response.text).toContain(
      '{"key":"note","type":"string","value":"<script>alert(1)</script>"}',
    );
  });
});

describe('live feed (SSE)', () => {
  let viewer: RunningViewer;

  beforeAll(async () => {
    viewer = await startTestViewer();
  });
  afterAll(() => viewer.close());

  it('sends a trace summary after ingest and releases the listener on disconnect', async () => {
    const received: string[] = [];
    const req = http.get(`http://127.0.0.1:${viewer.queryPort}/api/ui/live`);
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      req.once('response', resolve),
    );
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => received.push(chunk));
    await eventually(() => (received.join('').includes(': connected') ? true : undefined));

    const traceId = 'efefefefefefefefefefefefefefefef';
    const startMs = Date.now();
    await request(`http://127.0.0.1:${viewer.otlpPort}`)
      .post('/v1/traces')
      .set('Content-Type', 'application/json')
      .send(
        otlpJsonBody([
          {
            traceId,
            spanId: '5555555555555555',
            name: 'GET /live',
            service: 'gateway',
            startMs,
            durationMs: 10,
          },
          {
            traceId,
            spanId: '6666666666666666',
            parentSpanId: '5555555555555555',
            name: 'query',
            service: 'db',
            startMs: startMs + 1,
            durationMs: 2,
            error: true,
          },
        ]),
      )
      .expect(200);

    const event = await eventually(() => {
      const match = /event: trace\n(?:id: \d+\n)?data: (.*)\n\n/.exec(received.join(''));
      return match ? (JSON.parse(match[1]) as unknown) : undefined;
    });
    expect(event).toEqual({
      traceID: traceId,
      rootServiceName: 'gateway',
      rootOperationName: 'GET /live',
      startTime: startMs * 1000,
      duration: 10_000,
      spanCount: 2,
      errorSpanCount: 1,
      services: ['gateway', 'db'],
    });

    req.destroy();
    await eventually(() =>
      viewer.store.listenerCount === 1 && liveSubscribers(viewer) === 0 ? true : undefined,
    );
  });
});

function liveSubscribers(viewer: RunningViewer): number {
  return viewer.liveSubscriberCount();
}
