import { parseLoadArgs } from '../tools/load/load-args';
import { type LoadSummary, runLoad } from '../tools/load/load-run';
import { createRunState } from '../tools/stack/run-state';
import { StackLauncher } from '../tools/stack/stack-launcher';
import { AdminClient } from '../tools/fault/admin.client';
import { checkConsistency } from '../tools/fault/consistency-check';
import { E2E_PORTS, type ServiceName, serviceUrl } from './support/e2e-services';
import { eventually } from '@tools/polling';
import { closedPort } from './support/silent-server';
import { TEST_STACK_URLS, testStackAppSpecs } from './support/test-stack';

// Five kill/restart rounds of real processes on a shared two-core machine.
jest.setTimeout(600_000);

/** service-kit's DOWNSTREAM_TIMEOUT_MS default: the bound on any answer about a dead hop. */
const DOWNSTREAM_TIMEOUT_MS = 5_000;
/** Scheduling slack on a loaded two-core machine, on top of that bound. */
const SLACK_MS = 2_000;
/**
 * order-service's reconciler, quicker than its defaults so a run waits seconds, not tens of them:
 * a pass every second, judging orders older than two downstream timeouts (no saga lasts longer:
 * each of its hops is bounded by one timeout and the load here has no latency faults).
 */
const RECONCILE_ENV = { RECONCILE_INTERVAL_MS: '1000', RECONCILE_GRACE_MS: '10000' };
/** How long, after the load, the stores may take to agree: one grace period and a few passes. */
const AGREEMENT_TIMEOUT_MS = 20_000;
/** The test stack's admin APIs (each service's port + 1000), where stock and order totals are read. */
const admin = new AdminClient('127.0.0.1', E2E_PORTS['api-gateway'] + 1000);

interface Call {
  url: string;
  method?: string;
  body?: unknown;
}

interface Victim {
  service: ServiceName;
  /** A request whose chain runs through the victim. */
  through: Call;
  /** A request that does not need the victim: it must keep answering 200. */
  other: Call;
}

const gateway = (path: string, method = 'GET'): Call => ({
  url: `${TEST_STACK_URLS.GATEWAY_URL}${path}`,
  method,
});
const ORDER = gateway('/orders?user_id=123&product_id=1&quantity=1', 'POST');

const VICTIMS: Victim[] = [
  {
    service: 'api-gateway',
    through: gateway('/users/123'),
    other: { url: `${serviceUrl('user-service')}/users/123` },
  },
  { service: 'user-service', through: gateway('/users/123'), other: gateway('/orders/456') },
  { service: 'order-service', through: gateway('/orders/456'), other: gateway('/users/123') },
  {
    service: 'database-service',
    through: gateway('/users/123'),
    other: {
      url: `${serviceUrl('inventory-service')}/inventory/check`,
      method: 'POST',
      body: { product_id: 1, quantity: 1 },
    },
  },
  { service: 'inventory-service', through: ORDER, other: gateway('/users/123') },
];

async function call({
  url,
  method = 'GET',
  body,
}: Call): Promise<{ status: number; body: { message?: string; hop?: string }; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { message?: string },
    ms: Date.now() - started,
  };
}

describe('a stack that outlives a dead service', () => {
  const notices: string[] = [];
  const output: string[] = [];
  // The data directories `npm start` gives a run: a killed store comes back with its data.
  const runState = createRunState({});
  const launcher = new StackLauncher(testStackAppSpecs({ ...runState.env, ...RECONCILE_ENV }), {
    appLine: (app, line) => output.push(`${app}: ${line}`),
    notice: (line) => notices.push(line),
  });

  beforeAll(async () => {
    const dead = await launcher.startAll(60_000);
    if (dead.length > 0)
      throw new Error(`did not start: ${dead.join(', ')}\n${output.slice(-40).join('\n')}`);
    expect(await launcher.waitForReadiness(60_000)).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    await launcher.stopAll();
    runState.remove();
  });

  it.each(VICTIMS)(
    'SIGKILL $service under load: others serve, bounded 5xx naming it, back to 200 after a restart',
    async (victim) => {
      const { service } = victim;
      const options = parseLoadArgs([
        '--rate=10',
        '--duration=10s',
        `--base-url=${TEST_STACK_URLS.GATEWAY_URL}`,
        `--admin-url=http://127.0.0.1:${await closedPort()}`,
        '--timeout=15s',
      ]);
      let killed: () => void = () => undefined;
      const killedOnce = new Promise<void>((resolve) => (killed = resolve));
      let killSent = false;
      const load: Promise<LoadSummary> = runLoad(options, {
        onProgress: ({ sent }) => {
          if (killSent || sent < 20) return;
          killSent = true;
          const pid = launcher.status().find(({ name }) => name === service)?.pid;
          process.kill(pid!, 'SIGKILL');
          killed();
        },
      });
      await killedOnce;
      await eventually(`${service} to be seen dead`, () =>
        Promise.resolve(
          launcher.status().find(({ name }) => name === service)?.state === 'exited'
            ? true
            : undefined,
        ),
      );
      expect(notices).toContain(
        `${service} exited unexpectedly (signal SIGKILL); the other services keep running. ` +
          `Start it again with: npm run stack -- start ${service}`,
      );

      // The others keep serving (an order answers 201).
      expect((await call(victim.other)).status).toBe(200);
      // Through the dead hop: a bounded 502/503/504 that names it (the gateway itself refuses).
      if (service === 'api-gateway') {
        await expect(call(victim.through)).rejects.toThrow();
      } else {
        const answer = await call(victim.through);
        expect([502, 503, 504]).toContain(answer.status);
        expect(answer.body.message).toContain(service);
        expect(answer.ms).toBeLessThan(DOWNSTREAM_TIMEOUT_MS + SLACK_MS);
      }

      expect(await launcher.start(service)).toMatchObject({ state: 'running', live: true });
      await eventually(`${service}'s chain to answer 200 again`, async () =>
        [200, 201].includes((await call(victim.through)).status) ? true : undefined,
      );

      const summary = await load;
      expect(summary.unfinished).toBe(0);
      const allowed = [
        '200',
        '201',
        '404',
        '409',
        '502',
        '503',
        '504',
        ...(service === 'api-gateway' ? ['no response'] : []),
      ];
      expect(Object.keys(summary.statuses).filter((status) => !allowed.includes(status))).toEqual(
        [],
      );
      for (const failure of summary.failures) {
        expect(failure.latencyMs).toBeLessThan(DOWNSTREAM_TIMEOUT_MS + SLACK_MS);
      }
      expect(summary.failed).toBeGreaterThan(0);

      // Afterwards no stock is negative, and once the reconciler has repaired what the kill cut
      // short, every unit the order rows hold was taken from stock and none is held for an order
      // that does not exist (npm run fault -- consistency). The stores kept their data through
      // the kill: a restarted database-service or inventory-service reopens its run's files.
      const { products } = await admin.call<{ products: { available: number }[] }>(
        'inventory-service',
        'GET',
        '/inventory/stock',
      );
      expect(products.filter(({ available }) => available < 0)).toEqual([]);
      await eventually(
        'the orders and the stock to agree',
        async () => ((await checkConsistency(admin)).length === 0 ? true : undefined),
        AGREEMENT_TIMEOUT_MS,
      ).catch(() => undefined);
      // Asserted again, so a failure lists what still disagrees.
      expect(await checkConsistency(admin)).toEqual([]);
    },
  );

  it('stopping the launcher (Ctrl-C) stops every app with one SIGINT and frees every port', async () => {
    await launcher.stopAll();
    expect(launcher.status().every(({ state }) => state === 'stopped')).toBe(true);
    for (const spec of testStackAppSpecs()) {
      await expect(fetch(spec.liveUrl)).rejects.toThrow();
    }
  });
});
