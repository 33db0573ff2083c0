import { trace } from '@opentelemetry/api';
import { useInMemoryTracing } from '@app/telemetry/testing';
import { once } from 'node:events';
import { type Agent, request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { RefusingAgent } from './refusing-agent';

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** The error a request fails with: GET, or POST with a body, as the services' calls are. */
function failureOf(url: string, agent: Agent | undefined, method: 'GET' | 'POST'): Promise<Error> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method, agent }, () => reject(new Error('it answered')));
    call.on('error', resolve);
    call.end(method === 'POST' ? '{"user_id":123}' : undefined);
  });
}

const fieldsOf = (error: Error) => ({ ...error, name: error.name });

describe(RefusingAgent.name, () => {
  const tracing = useInMemoryTracing();
  const rule = { id: 'f1', kind: 'unreachable' as const, hop: 'database-service' };

  // `localhost` resolves through a real DNS lookup: the case that used to fail with
  // ERR_SOCKET_CLOSED, because the request was written to the socket before it was refused.
  it.each(['GET', 'POST'] as const)(
    'fails a %s to localhost with the very error a stopped service gives',
    async (method) => {
      const port = await closedPort();
      const url = `http://localhost:${port}/query`;
      const dead = await failureOf(url, undefined, method);
      const refused = await failureOf(url, new RefusingAgent(rule), method);
      expect(fieldsOf(dead)).toMatchObject({ code: 'ECONNREFUSED' });
      expect(fieldsOf(refused)).toEqual(fieldsOf(dead));
      expect(refused.message).toBe(dead.message);
    },
  );

  it('marks the span active while the connection opens as the rule that refused it', async () => {
    const port = await closedPort();
    await trace.getTracer('test').startActiveSpan('client', async (span) => {
      await failureOf(`http://127.0.0.1:${port}/`, new RefusingAgent(rule), 'GET');
      span.end();
    });
    expect(tracing.span('client').attributes).toEqual({
      'fault.injected': true,
      'fault.rule_id': 'f1',
      'fault.kind': 'unreachable',
    });
  });
});
