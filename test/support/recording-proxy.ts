import { once } from 'node:events';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as it crossed the wire between two services. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/**
 * A plain HTTP proxy between two real services: it records each request's headers, then forwards
 * it unchanged to `target` and relays the answer. Point a caller's *_SERVICE_URL at it to see what
 * the caller put on the wire (traceparent, tracestate, baggage).
 */
export class RecordingProxy {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;

  constructor(private readonly target: string) {}

  /** Starts listening on an ephemeral port and resolves with the proxy's base URL. */
  async start(): Promise<string> {
    const target = new URL(this.target);
    this.server = createServer((incoming, outgoing) => {
      this.requests.push({
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: { ...incoming.headers },
      });
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', (error) => {
        if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
        outgoing.end(`proxy to ${this.target} failed: ${error.message}`);
      });
      incoming.pipe(forwarded);
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The requests whose traceparent belongs to `traceId`. */
  requestsOf(traceId: string): RecordedRequest[] {
    return this.requests.filter((recorded) => {
      const traceparent = recorded.headers.traceparent;
      return typeof traceparent === 'string' && traceparent.split('-')[1] === traceId;
    });
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
