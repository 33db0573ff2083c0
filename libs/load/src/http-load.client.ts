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
 * Sends load requests to one base URL over a pool of keep-alive connections, so each request
 * costs the server a request, not a TCP handshake. Rejects on a transport error or a timeout;
 * any HTTP status resolves.
 */
export class HttpLoadClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(
    baseUrl: string,
    private readonly options: { maxSockets?: number; timeoutMs?: number } = {},
  ) {
    this.target = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256 });
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
