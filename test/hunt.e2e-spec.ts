import { randomInt } from 'node:crypto';
import { expectedTrees, type ScenarioName } from '@app/contracts/traces';
import {
  type JaegerEnvelope,
  type JaegerTrace,
  spansFromJaegerTrace,
  type TraceSpan,
} from '@tools/trace-model';
import { SERVICE_NAMES } from '@app/topology';
import { pollFor } from '@tools/polling';
import { type HuntKind, solveHunt } from '../docs/solutions/07-find-the-slow-hop/hunt-solver';
import { HUNT_TARGETS } from '../tools/hunt/hunt-scenarios';
import { E2E_PORTS, serviceUrl, TEST_PORTS } from './support/e2e-services';
import { httpCall, type HttpAnswer } from './support/http-call';
import { expectedSpanTotal, expectTreeShape } from './support/span-assertions';
import { parseTraceParent } from './support/trace-context';
import { TEST_STACK_URLS, useTestStack } from './support/test-stack';
import { runAdminCli } from './support/admin-cli';

// Real processes on a shared two-core machine: a slow hop makes each request up to 400 ms longer.
jest.setTimeout(120_000);

const VIEWER = TEST_STACK_URLS.JAEGER_QUERY_URL;
const GATEWAY = serviceUrl('api-gateway');

const hunt = (...args: string[]) =>
  runAdminCli('hunt', TEST_PORTS.adminPort('api-gateway'), ...args);

const REQUESTS: Record<'get-user' | 'get-order' | 'create-order', [string, string]> = {
  'get-user': ['GET', '/users/123'],
  'get-order': ['GET', '/orders/456'],
  'create-order': ['POST', '/orders?user_id=123&product_id=1&quantity=1'],
};

function send(scenario: keyof typeof REQUESTS): Promise<HttpAnswer> {
  const [method, path] = REQUESTS[scenario];
  return httpCall(`${GATEWAY}${path}`, { method });
}

/** Adds stock for the orders a hunt sends, as `npm run load` does: an empty shelf is a real 409. */
async function restock(): Promise<void> {
  const admin = `http://127.0.0.1:${E2E_PORTS['inventory-service'] + 1000}`;
  const answer = await httpCall(`${admin}/inventory/restock`, {
    method: 'POST',
    body: { product_id: 1, quantity: 500 },
  });
  expect(answer.status).toBeLessThan(300);
}

/** One round of the traffic a learner's load run sends, minus the scenarios meant to fail. */
async function sendRound(): Promise<void> {
  for (const scenario of ['get-user', 'get-order', 'create-order'] as const) {
    // A flaky gateway operation answers its own 500/503; one further down comes back as a 502.
    const { status } = await send(scenario);
    expect({ scenario, ok: status < 300 || status >= 500 }).toEqual({ scenario, ok: true });
  }
}

/**
 * Plays the learner: sends traffic and reads the viewer (through `solveHunt`, its query API
 * only) until at least three traces point at one operation. A rate hits some calls only, and an
 * operation of the order path runs once in three requests, so how much traffic that takes varies.
 */
async function huntInViewer(kind: HuntKind, since: number) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (let round = 0; round < 3; round += 1) await sendRound();
    const answer = await solveHunt(kind, VIEWER, since);
    if ((answer && answer.votes >= 3) || Date.now() > deadline) return answer;
  }
}

/** The spans of one trace from the viewer, once `count` of them arrived. */
async function viewerSpans(traceId: string, count: number): Promise<TraceSpan[]> {
  let spans: TraceSpan[] = [];
  const arrived = await pollFor(
    async () => {
      const response = await fetch(`${VIEWER}/api/traces/${traceId}`);
      if (!response.ok) return undefined;
      const trace = ((await response.json()) as JaegerEnvelope<JaegerTrace[]>).data[0];
      spans = spansFromJaegerTrace(trace);
      return spans.length >= count ? spans : undefined;
    },
    { timeoutMs: 20_000 },
  );
  if (arrived) return arrived;
  throw new Error(`trace ${traceId}: ${spans.length} of ${count} spans reached the viewer`);
}

describe('npm run hunt (five services and the viewer, real HTTP)', () => {
  useTestStack();

  it('answer and reveal before any start: exit 2, no hunt running', async () => {
    for (const command of [['answer', 'order-service', 'check_inventory'], ['reveal']]) {
      const result = await hunt(...command);
      expect(result).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^no hunt is running/),
      });
    }
  });

  it('refuses a bad answer with exit 2', async () => {
    expect(await hunt('answer', 'mars', 'check_inventory')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^unknown service "mars"/),
    });
  });

  it.each<HuntKind>(['slow-hop', 'flaky-error'])(
    '%s: a learner finds it in the viewer, and the check says right, and wrong elsewhere',
    async (kind) => {
      const seed = randomInt(1, 1_000_000);
      const since = Date.now();
      const started = await hunt('start', kind, '--seed', String(seed));
      expect(started).toMatchObject({ code: 0, stdout: expect.stringContaining(`seed ${seed}`) });
      // The start message helps, it does not tell: no operation name in it.
      for (const { operation } of HUNT_TARGETS) expect(started.stdout).not.toContain(operation);
      // It links the viewer's Stats for the traffic since the hunt started, sorted to show it.
      const link = new URL(/^Find it: +(\S+)$/m.exec(started.stdout)?.[1] ?? 'http://none');
      expect([link.pathname, link.searchParams.get('sort')]).toEqual([
        '/stats',
        kind === 'slow-hop' ? 'p99' : 'errors',
      ]);
      expect(Number(link.searchParams.get('since'))).toBeGreaterThanOrEqual(since);
      expect(Number(link.searchParams.get('since'))).toBeLessThanOrEqual(Date.now());

      await restock();
      const found = await huntInViewer(kind, since);
      if (!found) throw new Error(`seed ${seed}: the viewer showed nothing to go by`);

      const right = await hunt('answer', found.service, found.operation);
      expect({ seed, found, ...right }).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^right/),
      });
      const other = HUNT_TARGETS.find(({ operation }) => operation !== found.operation)!;
      const wrong = await hunt('answer', other.service, other.operation);
      expect(wrong).toMatchObject({ code: 1, stdout: expect.stringMatching(/^wrong/) });
      expect((await hunt('reveal')).stdout).toContain(
        `${kind} hunt, seed ${seed}: ${found.operation} in ${found.service}`,
      );
    },
  );

  it('a new start replaces the hunt; stop removes it and the seed trees come back exactly', async () => {
    await hunt('start', 'slow-hop', '--seed', '1');
    expect((await hunt('start', 'flaky-error', '--seed', '2')).code).toBe(0);
    expect((await hunt('reveal')).stdout.trim().split('\n')).toHaveLength(1);

    expect(await hunt('stop')).toMatchObject({
      code: 0,
      stdout: 'flaky-error hunt (seed 2) stopped: its fault is removed\n',
    });
    for (const service of SERVICE_NAMES) {
      const view = await httpCall(`http://127.0.0.1:${E2E_PORTS[service] + 1000}/faults`);
      expect({ service, rules: (view.body as { rules: unknown[] }).rules }).toEqual({
        service,
        rules: [],
      });
    }
    expect((await hunt('answer', 'order-service', 'check_inventory')).code).toBe(2);

    for (const scenario of ['get-user', 'get-order', 'create-order'] as ScenarioName[]) {
      const answer = await send(scenario as keyof typeof REQUESTS);
      expect(answer.status).toBeLessThan(300);
      const traceId = parseTraceParent(
        answer.headers.get('traceresponse'),
        'traceresponse',
      ).traceId;
      const total = expectedSpanTotal(expectedTrees[scenario]);
      const spans = await viewerSpans(traceId, total);
      expect(spans).toHaveLength(total);
      expectTreeShape(spans, expectedTrees[scenario]);
      expect(spans.filter((span) => span.attributes['fault.injected'] !== undefined)).toEqual([]);
    }
  });
});
