import { spansFromJaegerTrace, type JaegerTrace, type TraceSpan } from '@tools/trace-model';
import { DEFAULT_VIEWER_CONFIG } from '../tools/trace-viewer/src/config/viewer-config';
import { STACK_APPS } from '../tools/stack/stack-apps';
import { eventually } from '@tools/polling';
import { httpCall, type HttpCallOptions } from './support/http-call';
import { type NpmStart, startNpmStart } from './support/npm-start';

// The stack a learner runs: `npm start`'s own launcher, ports and settings, where each service
// calls the next by `localhost` (the test stacks use 127.0.0.1). It starts with one line per
// process, and its `unreachable` fault gives the very answers, statuses and client spans that a
// really stopped service gives.

jest.setTimeout(240_000);

const portOf = (app: string) => STACK_APPS.find(({ name }) => name === app)!.port;
const GATEWAY = `http://localhost:${portOf('api-gateway')}`;
const ORDER_SERVICE = `http://localhost:${portOf('order-service')}`;
const QUERY_API = `http://localhost:${DEFAULT_VIEWER_CONFIG.queryPort}`;

/** The two calls that need database-service: through the gateway, and order-service's own. */
const CALLS: Record<string, HttpCallOptions & { url: string }> = {
  'GET /orders/456 (gateway)': { url: `${GATEWAY}/orders/456` },
  'POST /orders (order-service)': {
    url: `${ORDER_SERVICE}/orders`,
    method: 'POST',
    body: { user_id: 123, product_id: 1, quantity: 1 },
  },
};

/** What a caller can see of one failed call: its answer, and order-service's failed client span. */
interface Observed {
  status: number;
  message: unknown;
  hop: unknown;
  clientSpans: Record<string, unknown>[];
  /** The `fault.*` attributes of those spans: how a trace tells the injected fault apart. */
  faultMarks: Record<string, unknown>[];
}

/** The client spans of order-service's calls to database-service in the trace, once stored. */
async function databaseCallSpans(traceId: string): Promise<TraceSpan[]> {
  return eventually(`order-service's call to database-service in trace ${traceId}`, async () => {
    const response = await fetch(`${QUERY_API}/api/traces/${traceId}`);
    if (!response.ok) return undefined;
    const { data } = (await response.json()) as { data: JaegerTrace[] };
    const clients = spansFromJaegerTrace(data[0]).filter(
      ({ serviceName, kind, attributes }) =>
        serviceName === 'order-service' &&
        kind === 'client' &&
        attributes['server.port'] === portOf('database-service'),
    );
    return clients.length > 0 ? clients : undefined;
  });
}

const isFaultMark = (key: string) => key.startsWith('fault.');

/** The client span as both cases must agree on it: everything but the fault marks. */
function comparable(span: TraceSpan): Record<string, unknown> {
  const exception = span.events.find(({ name }) => name === 'exception')?.attributes ?? {};
  return {
    status: span.status,
    statusMessage: span.statusMessage,
    attributes: Object.fromEntries(
      Object.entries(span.attributes).filter(([key]) => !isFaultMark(key)),
    ),
    exception: { type: exception['exception.type'], message: exception['exception.message'] },
  };
}

async function observe(): Promise<Record<string, Observed>> {
  const observed: Record<string, Observed> = {};
  for (const [name, call] of Object.entries(CALLS)) {
    const answer = await httpCall(call.url, call);
    const body = answer.body as { message?: unknown; hop?: unknown; traceId: string };
    const spans = await databaseCallSpans(body.traceId);
    observed[name] = {
      status: answer.status,
      message: body.message,
      hop: body.hop,
      clientSpans: spans.map(comparable),
      faultMarks: spans.map(({ attributes }) =>
        Object.fromEntries(Object.entries(attributes).filter(([key]) => isFaultMark(key))),
      ),
    };
  }
  return observed;
}

/** What each app printed before `Stack ready`, by app, without the launcher's prefix. */
function startUpLines(output: string): Record<string, string[]> {
  const lines: Record<string, string[]> = {};
  for (const line of output.slice(0, output.indexOf('Stack ready')).split('\n')) {
    const match = /^\[([a-z-]+)\s*\] (.*)$/.exec(line);
    if (match) (lines[match[1]] ??= []).push(match[2]);
  }
  return lines;
}

describe('npm start, as a learner runs it', () => {
  let stack: NpmStart | undefined;

  beforeAll(async () => {
    stack = await startNpmStart();
  }, 150_000);

  afterAll(() => stack?.stop());

  it("starts with one line per process, Nest's start-up lines left at debug", () => {
    const lines = startUpLines(stack!.output());
    const listening = (app: string) =>
      `[Bootstrap] Listening on http://127.0.0.1:${portOf(app)}, admin API on http://127.0.0.1:${portOf(app) + 1000}`;
    expect(Object.keys(lines).sort()).toEqual(STACK_APPS.map(({ name }) => name).sort());
    for (const { name } of STACK_APPS) {
      const expected =
        name === 'trace-viewer'
          ? [
              `Listening on http://127.0.0.1:${DEFAULT_VIEWER_CONFIG.queryPort} (UI and query API), ` +
                `OTLP/HTTP on http://127.0.0.1:${DEFAULT_VIEWER_CONFIG.otlpPort}, ` +
                `Jaeger Thrift on http://127.0.0.1:${DEFAULT_VIEWER_CONFIG.jaegerPort}`,
            ]
          : [
              // database-service says first where its data lives.
              ...(name === 'database-service' ? ['[SqlClient] Using in-process PGlite'] : []),
              listening(name),
            ];
      expect([name, lines[name].length]).toEqual([name, expected.length]);
      lines[name].forEach((line, index) => {
        expect([name, line]).toEqual([name, expect.stringContaining(expected[index])]);
      });
    }
  });

  it('answers and traces exactly as a database-service that was really stopped', async () => {
    const cli = async (name: string, ...args: string[]) => {
      const result = await stack!.cli(name, args);
      expect({ args, ...result }).toMatchObject({ code: 0, stderr: '' });
      return result.stdout;
    };

    await expect(
      cli('fault', 'order-service', 'unreachable', '--hop', 'database-service'),
    ).resolves.toBe('order-service: added f1 unreachable hop="database-service"\n');
    const faulted = await observe();

    await cli('fault', 'clear', 'order-service');
    await cli('stack', 'stop', 'database-service');
    const dead = await observe();
    await cli('stack', 'start', 'database-service');

    const withoutMarks = (observed: Record<string, Observed>) =>
      Object.fromEntries(
        Object.entries(observed).map(([name, { faultMarks: _marks, ...seen }]) => [name, seen]),
      );
    expect(withoutMarks(faulted)).toEqual(withoutMarks(dead));
    for (const name of Object.keys(CALLS)) {
      expect([name, faulted[name].faultMarks]).toEqual([
        name,
        [{ 'fault.injected': true, 'fault.rule_id': 'f1', 'fault.kind': 'unreachable' }],
      ]);
      expect([name, dead[name].faultMarks]).toEqual([name, [{}]]);
    }
    expect(faulted['GET /orders/456 (gateway)']).toMatchObject({
      status: 502,
      message: 'order-service answered 503: database-service is unreachable (ECONNREFUSED)',
      hop: 'order-service',
    });
    expect(faulted['POST /orders (order-service)']).toMatchObject({
      status: 503,
      message: 'database-service is unreachable (ECONNREFUSED)',
      hop: 'database-service',
      clientSpans: [{ status: 'error', exception: { type: 'ECONNREFUSED' } }],
    });
  });
});
