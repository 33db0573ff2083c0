import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { JaegerEnvelope, JaegerTrace } from '@tools/trace-model';
import { parseCliArgs, type ShowTraceArgs } from './cli-args';
import { QueryApiUnreachableError } from './query-api-unreachable.error';
import { showTrace } from './show-trace.command';

const FIXTURE = join(__dirname, '..', 'libs', 'trace-model', 'src', 'fixtures');
const TRACE_ID = 'ebdc141007036debe074b94c65517f35';

function createOrderTrace(): JaegerTrace {
  const text = readFileSync(join(FIXTURE, 'create-order.jaeger.json'), 'utf8');
  return (JSON.parse(text) as JaegerEnvelope<JaegerTrace[]>).data[0];
}

/** A fake query API whose answer for the trace grows per request: `stages[n]` on the nth poll. */
async function serveStages(
  stages: (JaegerTrace | undefined)[],
): Promise<{ url: string; server: Server; hits: () => number }> {
  let hits = 0;
  const server = createServer((request, response) => {
    const stage = stages[Math.min(hits++, stages.length - 1)];
    if (request.url !== `/api/traces/${TRACE_ID}` || !stage) {
      response
        .writeHead(404)
        .end(JSON.stringify({ data: null, errors: [{ code: 404, msg: 'trace not found' }] }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: [stage], total: 0, limit: 0, offset: 0, errors: null }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, hits: () => hits };
}

function args(...words: string[]): ShowTraceArgs {
  return parseCliArgs([TRACE_ID, ...words]) as ShowTraceArgs;
}

describe('showTrace', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('waits for the late spans of the expected tree, then prints the tree and PASS', async () => {
    const full = createOrderTrace();
    const early = { ...full, spans: full.spans.filter((span) => span.processID !== 'p5') };
    const fake = await serveStages([undefined, early, early, early, full]);
    server = fake.server;
    const lines: string[] = [];

    const code = await showTrace(args('--expect', 'create-order'), fake.url, (line) =>
      lines.push(line),
    );

    expect(code).toBe(0);
    // Taken on the first poll that answers the whole trace: no second poll to see it hold still.
    expect(fake.hits()).toBe(5);
    expect(lines[0]).toBe(
      `Trace ${TRACE_ID}: 23 spans from 5 services (10 manual, 13 HTTP transport)`,
    );
    expect(lines[1].split('\n')[0]).toBe('api-gateway.create_order (100.0ms)');
    expect(lines[2]).toBe('PASS create-order');
  });

  it('waits past the expected manual spans for the transport spans that complete the trace', async () => {
    const full = createOrderTrace();
    // The gateway's spans, the root among them, come in last, after every manual span.
    const gatewayLate = {
      ...full,
      spans: full.spans.filter(
        (span) => span.processID !== 'p1' || span.operationName === 'api-gateway.create_order',
      ),
    };
    const fake = await serveStages([gatewayLate, gatewayLate, full]);
    server = fake.server;
    const lines: string[] = [];

    const code = await showTrace(args('--expect', 'create-order'), fake.url, (line) =>
      lines.push(line),
    );

    expect(code).toBe(0);
    expect(fake.hits()).toBe(3);
    expect(lines[0]).toBe(
      `Trace ${TRACE_ID}: 23 spans from 5 services (10 manual, 13 HTTP transport)`,
    );
  });

  it('takes a trace that never looks whole once its span count holds still', async () => {
    const full = createOrderTrace();
    // inventory-service exports nothing: two client spans never get a callee.
    const silentHop = { ...full, spans: full.spans.filter((span) => span.processID !== 'p5') };
    const fake = await serveStages([silentHop]);
    server = fake.server;
    const lines: string[] = [];

    const code = await showTrace(args('--wait', '10s'), fake.url, (line) => lines.push(line));

    expect(code).toBe(0);
    expect(lines[0]).toBe(
      `Trace ${TRACE_ID}: 19 spans from 4 services (8 manual, 11 HTTP transport)`,
    );
  });

  it('prints FAIL with the differences when the deadline passes short of the expected spans', async () => {
    const full = createOrderTrace();
    const partial = { ...full, spans: full.spans.filter((span) => span.processID !== 'p5') };
    const fake = await serveStages([partial]);
    server = fake.server;
    const lines: string[] = [];

    const code = await showTrace(
      args('--expect', 'create-order', '--wait', '1s'),
      fake.url,
      (line) => lines.push(line),
    );

    expect(code).toBe(1);
    expect(lines.slice(2, 5)).toEqual([
      'FAIL create-order (after waiting 1 s for spans)',
      '  - missing span inventory-service.check under api-gateway.create_order >' +
        ' order-service.create_order > check_inventory',
      '  - missing span inventory-service.reserve under api-gateway.create_order >' +
        ' order-service.create_order > reserve_inventory',
    ]);
  });

  it('says when the trace never appeared', async () => {
    const fake = await serveStages([undefined]);
    server = fake.server;
    const lines: string[] = [];

    const code = await showTrace(args('--wait', '300ms'), fake.url, (line) => lines.push(line));

    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0].split('\n')).toEqual([
      `Trace ${TRACE_ID} not found at ${fake.url} after 0.3 s. Likely causes:`,
      '  - it was not sampled: a traceparent whose trace-flags are 00 (it ends in -00), or a',
      '    sampler that keeps only a fraction (OTEL_TRACES_SAMPLER), means no service records it;',
      '  - its spans were not exported yet: services send them in batches, every 200 ms unless',
      '    OTEL_BSP_SCHEDULE_DELAY says otherwise; wait longer with --wait 30s;',
      '  - they went elsewhere: the services export to OTEL_EXPORTER_OTLP_ENDPOINT, this command',
      '    reads JAEGER_QUERY_URL.',
    ]);
  });

  it('throws the one-line hint when nothing listens at the query API address', async () => {
    const fake = await serveStages([undefined]);
    const { url } = fake;
    await new Promise((resolve) => fake.server.close(resolve));

    await expect(showTrace(args(), url, () => undefined)).rejects.toThrow(
      new QueryApiUnreachableError(url).message,
    );
    expect(new QueryApiUnreachableError(url).message).toBe(
      `Cannot reach the trace query API at ${url}: start the stack with \`npm start\` (or \`docker compose up --build\`).`,
    );
  });
});

describe('parseCliArgs', () => {
  it('reads the show options and rejects bad ones', () => {
    expect(
      parseCliArgs([TRACE_ID.toUpperCase(), '--transport', '--expect', 'get-user', '--wait', '3s']),
    ).toEqual({
      command: 'show',
      traceId: TRACE_ID,
      transport: true,
      expect: 'get-user',
      waitSeconds: 3,
    });
    expect(() => parseCliArgs([TRACE_ID, '--expect', 'nope'])).toThrow('unknown scenario "nope"');
    expect(() => parseCliArgs(['123'])).toThrow('a trace id is 32 hex digits, got "123"');
    expect(() => parseCliArgs([TRACE_ID, '--bogus'])).toThrow('unknown option --bogus');
    expect(parseCliArgs(['explain-traceparent', 'x'])).toEqual({
      command: 'explain-traceparent',
      traceparent: 'x',
    });
  });
});
