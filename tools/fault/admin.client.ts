import { SERVICES, serviceOf, type ServiceName } from '@app/topology';

/** A service's admin API could not be reached, or refused what it was sent. */
export class AdminApiError extends Error {}

/**
 * Where each service's admin API answers: on `host`, at its admin port in the map, all of them
 * moved together so that the first service's is `basePort` (a stack on other ports, say).
 */
export class AdminClient {
  private readonly shift: number;

  constructor(
    private readonly host = '127.0.0.1',
    basePort = SERVICES[0].adminPort,
  ) {
    this.shift = basePort - SERVICES[0].adminPort;
  }

  url(service: ServiceName, path: string): string {
    return `http://${this.host}:${serviceOf(service).adminPort + this.shift}${path}`;
  }

  /** Sends one request; resolves with the JSON answer, throws AdminApiError on failure. */
  async call<T>(service: ServiceName, method: string, path: string, body?: unknown): Promise<T> {
    const url = this.url(service, path);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      throw new AdminApiError(
        `${service} admin API at ${url} is not answering (${(error as Error).message}): is the stack running (npm start)?`,
      );
    }
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const message = (json as { message?: unknown } | undefined)?.message;
      const detail = Array.isArray(message)
        ? message.join('; ')
        : typeof message === 'string'
          ? message
          : text;
      throw new AdminApiError(`${service} refused ${method} ${path}: ${response.status} ${detail}`);
    }
    return json as T;
  }
}
