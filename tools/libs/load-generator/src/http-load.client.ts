import http, { type IncomingHttpHeaders } from 'node:http';

/** One request of a load run. */
export interface LoadRequest {
  method: string;
  /** Path and query, e.g. `/users/123`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What a load run keeps of a response: its status and headers (the body is read and dropped). */
export interface LoadResponse {
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * How long a pooled connection may sit idle before the client closes it, at most. Below the
 * 5 s keep-alive timeout of Node's servers (and of most others), and Node's agent shortens it
 * further to a second under what a server announces in its `Keep-Alive: timeout=N` answer header.
 */
const IDLE_SOCKET_TIMEOUT_MS = 4_000;

/**
 * Sends load requests to one base URL over a pool of keep-alive connections, so each request
 * costs the server a request, not a TCP handshake. Rejects on a transport error or a timeout;
 * any HTTP status resolves.
 *
 * An idle connection is always closed by the client before its server would close it. Otherwise
 * a request can leave on a connection in the instant the server closes it for idleness, and fail
 * with ECONNRESET though the server is well: a failure the load generator made. Retrying such a
 * request instead would be wrong here: a POST may not be sent twice (RFC 9110 §9.2.2), a retry
 * would hide a server that really drops connections, and its latency would not be one request's.
 */
export class HttpLoadClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    baseUrl: string,
    private readonly options: { maxSockets?: number; timeoutMs?: number } = {},
  ) {
    this.target = new URL(baseUrl);
    this.agent = new http.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets ?? 256,
      // The agent's timeout is what a free socket may idle. Without one Node's agent also ignores
      // the server's Keep-Alive hint (it only ever shortens a timeout that is set). A request in
      // flight keeps its own timeout (`timeoutMs`).
      timeout: IDLE_SOCKET_TIMEOUT_MS,
    });
  }

  send({ method, path, headers = {}, body }: LoadRequest): Promise<LoadResponse> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          method,
          path,
          agent: this.agent,
          headers:
            body === undefined
              ? headers
              : { ...headers, 'content-length': Buffer.byteLength(body) },
          timeout: this.options.timeoutMs ?? 10_000,
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers }),
          );
          response.on('error', reject);
        },
      );
      request.on('timeout', () => request.destroy(new Error(`${method} ${path} timed out`)));
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes the idle connections. */
  close(): void {
    this.agent.destroy();
  }
}
