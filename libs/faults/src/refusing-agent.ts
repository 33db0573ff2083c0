import { trace } from '@opentelemetry/api';
import { Agent, type ClientRequestArgs } from 'node:http';
import { lookup, type LookupAddress } from 'node:dns';
import type { Duplex } from 'node:stream';
import type { StoredFaultRule } from '@app/contracts/faults';
import { markInjected } from './mark-injected';

/** The error Node raises for a connection nothing accepts. */
function refused(address: string, port: number): Error {
  return Object.assign(new Error(`connect ECONNREFUSED ${address}:${port}`), {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address,
    port,
  });
}

/**
 * What a connect to every address of the host raises: one address's error, or, when the name
 * resolves to several (`localhost` as ::1 and 127.0.0.1), the AggregateError Node's
 * happy-eyeballs connect (autoSelectFamily) raises, coded like its first error.
 */
function refusedByEvery(addresses: readonly LookupAddress[], port: number): Error {
  const unique = [...new Set(addresses.map(({ address }) => address))];
  const errors = unique.map((address) => refused(address, port));
  if (errors.length === 1) return errors[0];
  return Object.assign(new AggregateError(errors), { code: 'ECONNREFUSED' });
}

/**
 * An HTTP agent whose connections are refused, as a stopped service's are: the request still
 * goes through the HTTP instrumentation (a real client span with the hop's address) and fails
 * with the same ECONNREFUSED error, so caller, span and answer look exactly like a dead hop.
 * The instrumentation makes the client span active while the connection opens, so it is marked.
 *
 * The refusal goes to the agent's callback and no socket is ever handed over: a socket that
 * failed later would already have had the request written to it, and that write fails first
 * (ERR_SOCKET_CLOSED, "Socket is closed") whenever the host name takes a real DNS lookup.
 */
export class RefusingAgent extends Agent {
  constructor(private readonly rule: StoredFaultRule) {
    super({ keepAlive: false });
  }

  override createConnection(
    options: ClientRequestArgs,
    callback?: (error: Error | null, socket: Duplex) => void,
  ): undefined {
    // With an error, the agent reads no socket (Agent#createSocket); Node passes none either.
    const fail = callback as ((error: Error) => void) | undefined;
    markInjected(trace.getActiveSpan(), this.rule);
    const host = options.host ?? options.hostname ?? 'localhost';
    const port = Number(options.port ?? 80);
    // Resolved first, as a real connect is: its error names the address, not the host name.
    lookup(host, { all: true }, (error, addresses) =>
      fail?.(error ? refused(host, port) : refusedByEvery(addresses, port)),
    );
    return undefined;
  }
}
