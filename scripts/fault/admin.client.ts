import { FAULT_HOPS } from '@app/faults';
import type { ServiceName } from './fault-cli-args';

/** A service's admin API could not be reached, or refused what it was sent. */
export class AdminApiError extends Error {}

/** Where each service's admin API answers: ADMIN_HOST and ADMIN_BASE_PORT + its index. */
export class AdminClient {
  constructor(
    private readonly host = '127.0.0.1',
    private readonly basePort = 9000,
  ) {}

  url(service: ServiceName, path: string): string {
    return `http://${this.host}:${this.basePort + FAULT_HOPS.indexOf(service)}${path}`;
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
