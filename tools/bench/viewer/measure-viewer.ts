// The trace viewer benchmark's measurements: ingest throughput, memory per stored span, query
// latency at 1M spans. Prints figures only; goals are in the task (>=50k spans/s, <=1 KiB/span,
// p99 <=10/50 ms).
import http from 'node:http';
import { DEFAULT_VIEWER_CONFIG } from '../../trace-viewer/src/config/viewer-config';
import { decodeOtlpProtobuf } from '../../trace-viewer/src/ingest/otlp/otlp-protobuf.decoder';
import { ModelInterner } from '../../trace-viewer/src/model/model-interner';
import { TraceStore } from '../../trace-viewer/src/store/trace-store';
import { startViewer } from '../../trace-viewer/src/viewer';
import { buildRequest } from './sample-requests';

const STORED_SPANS = 1_000_000;

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) collect?.();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function get(agent: http.Agent, port: number, path: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`${path} -> ${res.statusCode}`));
          else resolve(Number(process.hrtime.bigint() - started) / 1e6);
        });
      })
      .on('error', reject);
  });
}

function post(agent: http.Agent, port: number, body: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/traces',
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/x-protobuf', 'Content-Length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`POST -> ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function latency(label: string, run: () => Promise<number>, count: number): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await run());
  samples.sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${percentile(samples, 0.5).toFixed(2)} ms, p99 ${percentile(samples, 0.99).toFixed(2)} ms (${count} requests)`,
  );
}

/** Runs every measurement and prints its figures; needs --expose-gc for the memory figures. */
export async function measureViewer(): Promise<void> {
  const now = Date.now();
  const bodies = Array.from({ length: 40 }, (_, i) => buildRequest(100 + ((i * 97) % 400), now));
  const spansPerRound = bodies.reduce(
    (sum, body) => sum + decodeOtlpProtobuf(body, new ModelInterner()).spans.length,
    0,
  );
  const bytes = bodies.reduce((sum, body) => sum + body.length, 0);
  console.log(
    `sample: ${bodies.length} requests, ${spansPerRound} spans, ${(bytes / spansPerRound).toFixed(0)} bytes/span on the wire`,
  );

  // 1. Decode + store on one core, in process.
  const warm = new TraceStore({ maxSpans: 200_000, retentionMs: 3_600_000 });
  const warmInterner = new ModelInterner();
  for (const body of bodies) warm.add(decodeOtlpProtobuf(body, warmInterner));
  const store = new TraceStore({ maxSpans: 300_000, retentionMs: 3_600_000 });
  const interner = new ModelInterner();
  let ingested = 0;
  const started = process.hrtime.bigint();
  while (ingested < 600_000) {
    for (const body of bodies) {
      const batch = decodeOtlpProtobuf(body, interner);
      store.add(batch);
      ingested += batch.spans.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `ingest (decode + store, in process, one core): ${Math.round(ingested / seconds).toLocaleString('en')} spans/s over ${ingested.toLocaleString('en')} spans (store capped at 300k: eviction included)`,
  );

  // 2. Resident memory per stored span with 1M spans.
  const viewer = await startViewer(
    { ...DEFAULT_VIEWER_CONFIG, otlpPort: 0, jaegerPort: 0, queryPort: 0, maxSpans: STORED_SPANS },
    false,
  );
  gc();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let round = 0;
  while (viewer.store.spanCount + spansPerRound <= STORED_SPANS) {
    // Fresh ids each round: the same body re-sent would join existing traces.
    for (const body of bodies) {
      if (viewer.store.spanCount >= STORED_SPANS) break;
      const batch = decodeOtlpProtobuf(body, viewer.interner);
      const prefix = round.toString(16).padStart(6, '0');
      for (let i = 0; i < batch.traceIds.length; i++) {
        batch.traceIds[i] = prefix + batch.traceIds[i].slice(6);
      }
      viewer.store.add(batch);
    }
    round++;
  }
  gc();
  const usage = process.memoryUsage();
  const spans = viewer.store.spanCount;
  console.log(
    `memory: ${spans.toLocaleString('en')} spans in ${viewer.store.traceCount.toLocaleString('en')} traces; RSS +${((usage.rss - rssBefore) / 2 ** 20).toFixed(0)} MiB = ${((usage.rss - rssBefore) / spans).toFixed(0)} bytes/span (heap +${((usage.heapUsed - heapBefore) / spans).toFixed(0)} bytes/span)`,
  );

  // 3. Query latency over HTTP with 1M spans stored.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ids = [...viewer.store.newestFirst()].filter((_, i) => i % 997 === 0).map((t) => t.traceId);
  let next = 0;
  await latency(
    'GET /api/traces/{id}',
    () => get(agent, viewer.queryPort, `/api/traces/${ids[next++ % ids.length]}`),
    300,
  );
  const services = viewer.store.services();
  await latency(
    'GET /api/traces?service=…&limit=20',
    () =>
      get(
        agent,
        viewer.queryPort,
        `/api/traces?service=${encodeURIComponent(services[next++ % services.length])}&limit=20`,
      ),
    200,
  );

  // 4. End-to-end OTLP/HTTP ingest (client and server share this process and its core).
  const before = viewer.store.spanCount;
  const e2eStarted = process.hrtime.bigint();
  let e2eSpans = 0;
  const freshBodies = Array.from({ length: 3 }, () => bodies.map((body) => body.length)).flat();
  for (const [i, size] of freshBodies.entries()) {
    await post(
      agent,
      viewer.otlpPort,
      buildRequest(Math.max(100, Math.round(size / 385)), now + i),
    );
    e2eSpans += 1;
  }
  const e2eSeconds = Number(process.hrtime.bigint() - e2eStarted) / 1e9;
  // The store is full, so every new span evicts an old one: count what the POSTs carried.
  const e2eTotal =
    Math.max(0, viewer.store.spanCount - before) +
    freshBodies.reduce((sum, size) => sum + Math.max(100, Math.round(size / 385)), 0);
  console.log(
    `ingest over HTTP (sequential POSTs incl. building each request, same process): ${Math.round(e2eTotal / e2eSeconds).toLocaleString('en')} spans/s (${e2eSpans} requests)`,
  );
  agent.destroy();
  await viewer.close();
}
