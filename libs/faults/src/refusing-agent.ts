import { trace } from '@opentelemetry/api';
import { Agent, type ClientRequestArgs } from 'node:http';
import { lookup } from 'node:dns';
import { Socket } from 'node:net';
import type { StoredFaultRule } from './fault-rule';
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
 * An HTTP agent whose connections are refused, as a stopped service's are: the request still
 * goes through the HTTP instrumentation (a real client span with the hop's address) and fails
 * with the same ECONNREFUSED error, so caller, span and answer look exactly like a dead hop.
 * The instrumentation makes the client span active while the connection opens, so it is marked.
 */
export class RefusingAgent extends Agent {
  constructor(private readonly rule: StoredFaultRule) {
    super({ keepAlive: false });
  }

  override createConnection(options: ClientRequestArgs): Socket {
    markInjected(trace.getActiveSpan(), this.rule);
    const host = options.host ?? options.hostname ?? 'localhost';
    const port = Number(options.port ?? 80);
    const socket = new Socket();
    // Resolved first, as a real connect is: its error names the address, not the host name.
    lookup(host, (error, address) => socket.destroy(refused(error ? host : address, port)));
    return socket;
  }
}
