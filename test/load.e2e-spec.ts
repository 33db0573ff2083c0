import { pollFor } from '@tools/polling';
import { parseLoadArgs } from '../tools/load/load-args';
import { runLoad } from '../tools/load/load-run';
import { closedPort } from './support/silent-server';
import { TEST_STACK_URLS, useTestStack } from './support/test-stack';

// Real processes on a shared two-core machine: a short run and the trace lookups take seconds.
jest.setTimeout(120_000);

/**
 * The operation names of the stored trace `traceId` once they include `operation`: each service
 * exports its spans in its own batches, so a trace can be in the viewer before its root is.
 */
async function operationsOnceStored(traceId: string, operation: string): Promise<string[]> {
  let operations: string[] = [];
  await pollFor(
    async () => {
      const response = await fetch(`${TEST_STACK_URLS.JAEGER_QUERY_URL}/api/traces/${traceId}`);
      if (!response.ok) return undefined;
      const body = (await response.json()) as { data: { spans: { operationName: string }[] }[] };
      operations = (body.data[0]?.spans ?? []).map(({ operationName }) => operationName);
      return operations.includes(operation) ? operations : undefined;
    },
    { timeoutMs: 20_000, intervalMs: 250 },
  );
  return operations;
}

describe('npm run load against the whole stack', () => {
  useTestStack();

  it('sends the mix at the target rate, tells meant 404/409s from failures, and names real traces', async () => {
    const adminUrl = `http://127.0.0.1:${await closedPort()}`;
    const options = parseLoadArgs([
      '--rate=20',
      '--duration=3s',
      `--base-url=${TEST_STACK_URLS.GATEWAY_URL}`,
      `--viewer-url=${TEST_STACK_URLS.JAEGER_QUERY_URL}`,
      // Nothing listens here: the run must say the restock failed and go on.
      `--admin-url=${adminUrl}`,
    ]);
    const progress: number[] = [];
    const summary = await runLoad(options, { onProgress: ({ sent }) => progress.push(sent) });

    expect(summary.restock).toEqual({
      status: 'failed',
      reason: `nothing answers POST ${adminUrl}/inventory/restock (ECONNREFUSED)`,
    });
    expect(summary.sent).toBe(60);
    expect(Math.abs(summary.achievedRate - 20) / 20).toBeLessThan(0.05);
    // 3:3:2:1:1 of 60, spread evenly by the mix.
    expect(summary.scenarios).toEqual({
      'get-user': { sent: 18, ok: 18, meantToFail: 0, failed: 0, statuses: { '200': 18 } },
      'get-order': { sent: 18, ok: 18, meantToFail: 0, failed: 0, statuses: { '200': 18 } },
      'create-order': { sent: 12, ok: 12, meantToFail: 0, failed: 0, statuses: { '201': 12 } },
      'unknown-user': { sent: 6, ok: 0, meantToFail: 6, failed: 0, statuses: { '404': 6 } },
      'out-of-stock': { sent: 6, ok: 0, meantToFail: 6, failed: 0, statuses: { '409': 6 } },
    });
    expect({ ok: summary.ok, meant: summary.meantToFail, failed: summary.failed }).toEqual({
      ok: 48,
      meant: 12,
      failed: 0,
    });
    expect(summary.failures).toEqual([]);
    expect(summary.latencyMs.max).toBeGreaterThanOrEqual(summary.latencyMs.p50);
    expect(progress.at(-1)).toBe(60);

    // A warm-up came first, counted in none of the above, placing no orders since no stock was
    // added; the run's window holds the run alone: each of its 60 requests is one api-gateway
    // server span, none from the warm-up.
    expect(summary.warmup).toMatchObject({ durationMs: 10_000, withoutOrders: true, failed: 0 });
    expect(summary.warmup!.sent).toBeGreaterThan(0);
    const { sinceMs, untilMs } = summary.window;
    const gatewayRequests = async () => {
      const response = await fetch(
        `${TEST_STACK_URLS.JAEGER_QUERY_URL}/api/ui/stats?since=${sinceMs}&until=${untilMs}&service=api-gateway`,
      );
      const { data } = (await response.json()) as { data: { spanKind: string; count: number }[] };
      return data
        .filter(({ spanKind }) => spanKind === 'server')
        .reduce((sum, { count }) => sum + count, 0);
    };
    const deadline = Date.now() + 20_000;
    let counted = await gatewayRequests();
    while (counted < 60 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      counted = await gatewayRequests();
    }
    expect(counted).toBe(60);

    // The slowest request's trace id is the trace the stack recorded for it.
    const slowest = summary.slowest[0];
    const rootOperation =
      slowest.scenario === 'create-order' || slowest.scenario === 'out-of-stock'
        ? 'POST /orders'
        : slowest.scenario === 'get-order'
          ? 'GET /orders/:id'
          : 'GET /users/:id';
    expect(await operationsOnceStored(slowest.traceId, rootOperation)).toContain(rootOperation);
  });
});
