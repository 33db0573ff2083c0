import { pollFor } from '@tools/polling';
import { httpCall } from './support/http-call';
import { TEST_STACK_URLS, useTestStack } from './support/test-stack';
import { newTraceParent } from './support/trace-context';

jest.setTimeout(30_000);

interface TraceList {
  data: { traceID: string; spans: { tags: { key: string; value: unknown }[] }[] }[];
}

/** The traces the viewer finds in `service` with the tag `key=value`, polled until some arrive. */
async function findByTag(service: string, key: string, value: string): Promise<TraceList> {
  const tags = encodeURIComponent(JSON.stringify({ [key]: value }));
  const url = `${TEST_STACK_URLS.JAEGER_QUERY_URL}/api/traces?service=${service}&tags=${tags}`;
  let found: TraceList = { data: [] };
  await pollFor(
    async () => {
      found = (await (await fetch(url)).json()) as TraceList;
      return found.data.length > 0 ? found : undefined;
    },
    { timeoutMs: 10_000 },
  );
  return found;
}

describe("a customer's traces in the viewer, by business tag", () => {
  useTestStack();

  it('finds the trace of a client id in every service it crossed, and no other trace', async () => {
    const tagged = newTraceParent();
    const other = newTraceParent();
    const client = `client-${tagged.traceId.slice(0, 8)}`;
    for (const [caller, headers] of [
      [tagged, { 'x-client-id': client, 'x-session-id': 'sess-1' }],
      [other, { 'x-client-id': 'someone-else' }],
    ] as const) {
      const answer = await httpCall(
        `${TEST_STACK_URLS.GATEWAY_URL}/orders?user_id=123&product_id=1&quantity=1`,
        { method: 'POST', headers: { traceparent: caller.header, ...headers } },
      );
      expect(answer.status).toBe(201);
    }

    for (const service of ['api-gateway', 'inventory-service', 'database-service']) {
      const found = await findByTag(service, 'business.client_id', client);
      expect({ service, traces: found.data.map((trace) => trace.traceID) }).toEqual({
        service,
        traces: [tagged.traceId],
      });
    }
  });
});
