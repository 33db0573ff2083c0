import { waitForTrace } from '../../tools/trace/trace-query.client';
import { type HuntKind } from '../../tools/hunt/hunt-scenarios';
import { parseTraceParent } from '../support/trace-context';
import {
  EXERCISE_PORTS,
  exercisePort,
  type ExerciseStack,
  startExerciseStack,
} from './support/exercise-stack';
import { runAdminCli } from '../support/admin-cli';

/**
 * Exercise 7, "Find the slow hop" in code: a module, named by HUNT_SOLVER, whose
 * `solveHunt(kind, viewerUrl, sinceMs)` reads the trace viewer's query API and resolves with
 * the `{ service, operation }` where the hunt's fault is. The check starts each hunt with a
 * random seed, sends traffic, asks the solver, and submits its answer to `npm run hunt -- answer`.
 */

type Solver = (
  kind: HuntKind,
  viewerUrl: string,
  sinceMs: number,
) => Promise<{ service: string; operation: string } | undefined>;

const hunt = (...args: string[]) =>
  runAdminCli('hunt', EXERCISE_PORTS.adminPort('api-gateway'), ...args);

async function loadSolver(): Promise<Solver | undefined> {
  const path = process.env.HUNT_SOLVER;
  if (!path) return undefined;
  const module = (await import(path)) as { solveHunt?: Solver };
  return module.solveHunt;
}

const REQUESTS = [
  ['GET', '/users/123'],
  ['GET', '/orders/456'],
  ['POST', '/orders?user_id=123&product_id=1&quantity=1'],
] as const;

/**
 * Sends rounds of reads and orders until `enough` says so (or 40 rounds), then waits until the
 * viewer holds each of their traces whole: the solver then sees everything the traffic made.
 */
async function sendTraffic(
  stack: ExerciseStack,
  enough: (failed: number, rounds: number) => boolean,
) {
  // As `npm run load` does: stock for every order, so no order fails for an empty shelf.
  const restock = await fetch(
    `http://127.0.0.1:${exercisePort('inventory-service') + 1000}/inventory/restock`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ product_id: 1, quantity: 100 }),
    },
  );
  if (!restock.ok) throw new Error(`restock answered ${restock.status}`);
  const traceIds: string[] = [];
  let failed = 0;
  for (let rounds = 1; rounds <= 40; rounds += 1) {
    for (const [method, path] of REQUESTS) {
      const response = await fetch(`${stack.url('api-gateway')}${path}`, { method });
      await response.arrayBuffer();
      if (response.status >= 500) failed += 1;
      traceIds.push(
        parseTraceParent(response.headers.get('traceresponse'), 'traceresponse').traceId,
      );
    }
    if (enough(failed, rounds)) break;
  }
  for (const traceId of traceIds) {
    await waitForTrace({ baseUrl: stack.url('trace-viewer'), traceId, timeoutMs: 20_000 });
  }
}

describe('exercise: find-the-slow-hop', () => {
  let stack: ExerciseStack;
  let solver: Solver | undefined;

  beforeAll(async () => {
    solver = await loadSolver();
    stack = await startExerciseStack({ withViewer: true, env: { OTEL_BSP_SCHEDULE_DELAY: '100' } });
  });

  afterAll(() => stack?.stop());

  it('npm run hunt -- answer says there is no hunt before one starts (exit 2)', async () => {
    expect(await hunt('answer', 'order-service', 'check_inventory')).toMatchObject({ code: 2 });
  });

  const rounds: Record<HuntKind, (failed: number, rounds: number) => boolean> = {
    // Every round passes through each possible slow operation at least once.
    'slow-hop': (_failed, done) => done >= 5,
    // A rate of 0.2 on an operation of the order path: a few failures take some rounds.
    'flaky-error': (failed) => failed >= 4,
  };

  describe.each<HuntKind>(['slow-hop', 'flaky-error'])('%s', (kind) => {
    let since: number;

    beforeAll(async () => {
      since = Date.now();
      const started = await hunt('start', kind);
      if (started.code !== 0) throw new Error(`npm run hunt -- start ${kind}: ${started.stderr}`);
      await sendTraffic(stack, rounds[kind]);
    });

    it('a wrong answer is wrong (exit 1)', async () => {
      const wrong = await hunt('answer', 'api-gateway', 'no-such-operation');
      expect(wrong).toMatchObject({ code: 1, stdout: expect.stringMatching(/^wrong/) });
    });

    it("the solver's answer is right (exit 0)", async () => {
      if (!solver) {
        throw new Error(
          'no answer: set HUNT_SOLVER to a module exporting solveHunt(kind, viewerUrl, sinceMs)',
        );
      }
      const answer = await solver(kind, stack.url('trace-viewer'), since);
      const seed = (await hunt('reveal')).stdout.match(/seed (\d+)/)?.[1];
      const result = await hunt('answer', answer?.service ?? '', answer?.operation ?? '');
      expect({ seed, answer, ...result }).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^right/),
      });
    });
  });
});
