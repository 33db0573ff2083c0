import { once } from 'node:events';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One callback the service made: its header fields as sent (names lower-cased) and its body. */
export interface Callback {
  path: string;
  /** Every header field in order, one entry per field even when a name repeats. */
  fields: [name: string, value: string][];
  body: unknown;
}

/** A header list to send as separate fields, in order: `tracestate` may come more than once. */
export type HeaderFields = readonly (readonly [name: string, value: string])[];

/**
 * The W3C Trace Context test harness's part, without Python: a loopback server that records the
 * callbacks the service under test makes, and a client that asks the service for them with the
 * harness's headers and body (a JSON array of `{url, arguments}`).
 */
export class ConformanceHarness {
  private readonly callbacks: Callback[] = [];
  private server?: Server;
  private base = '';
  private scope = 0;

  /** Starts listening on an ephemeral loopback port. */
  async start(): Promise<void> {
    this.server = createServer((incoming, answer) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const raw = incoming.rawHeaders;
        const fields: [string, string][] = [];
        for (let i = 0; i < raw.length; i += 2) fields.push([raw[i].toLowerCase(), raw[i + 1]]);
        const text = Buffer.concat(chunks).toString();
        this.callbacks.push({
          path: incoming.url ?? '',
          fields,
          body: text ? JSON.parse(text) : null,
        });
        answer.writeHead(200, { 'content-type': 'application/json' }).end('null');
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${this.port}`;
  }

  /** The port the harness listens on. */
  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  /** Callback URLs for one test: `<base>/callback/<scope>.<index>`. */
  newScope(count: number): string[] {
    this.scope += 1;
    return Array.from({ length: count }, (_, i) => `${this.base}/callback/${this.scope}.${i}`);
  }

  /** What arrived at `url` so far (nothing, or one callback). */
  receivedAt(url: string): Callback[] {
    const path = new URL(url).pathname;
    return this.callbacks.filter((callback) => callback.path === path);
  }

  /** Every callback so far. */
  all(): readonly Callback[] {
    return this.callbacks;
  }

  async stop(): Promise<void> {
    if (!this.server?.listening) return;
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}

/** The service's answer to one harness request. */
export interface ServiceAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * POSTs `body` as JSON to `endpoint` with `fields` as separate header fields, as the harness's
 * aiohttp client does (fetch would join a repeated name into one field).
 */
export function postWithFields(
  endpoint: string,
  fields: HeaderFields,
  body: unknown,
): Promise<ServiceAnswer> {
  const payload = JSON.stringify(body);
  // Given as a list, the fields are sent exactly as they are: Node adds no Host of its own.
  const flat = [
    ['host', new URL(endpoint).host],
    ['content-type', 'application/json'],
    ['content-length', String(Buffer.byteLength(payload))],
    ...fields,
  ].flat();
  return new Promise((resolve, reject) => {
    const outgoing = request(endpoint, { method: 'POST', headers: flat }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: the text is the body
        }
        resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: parsed });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
