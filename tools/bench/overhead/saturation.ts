import autocannon from 'autocannon';
import type { LoadRequest } from '@tools/load-generator';

/** What one fixed-connection run counted inside its window. */
export interface SaturationWindow {
  /** 2xx responses that arrived inside the window. */
  ok: number;
  windowMs: number;
  /** Responses of the whole run, lead-in included (for spans per request). */
  responses: number;
  /** Non-2xx responses and request errors over the whole run: any is a broken measurement. */
  failed: number;
}

/**
 * Drives `baseUrl` with `connections` connections, each sending its next request as soon as
 * the previous one answers (a closed loop: the most the stack serves). Only responses inside
 * the window after `leadMs` count, so every connection is busy when counting starts and when it
 * stops: no ramp-up or cut-off at either end skews a short measurement.
 */
export function measureSaturation(
  baseUrl: string,
  request: LoadRequest,
  connections: number,
  { leadMs, windowMs }: { leadMs: number; windowMs: number },
): Promise<SaturationWindow> {
  const counts = { ok: 0, responses: 0, failed: 0 };
  let open = false;
  let openedAt = 0;
  let closedAt = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${request.path}`,
        method: request.method as autocannon.Request['method'],
        headers: request.headers,
        body: request.body,
        connections,
        // A little past the window, so the window closes while every connection is still busy.
        duration: (leadMs + windowMs + 250) / 1000,
      },
      (error) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ ...counts, windowMs: closedAt - openedAt });
      },
    );
    instance.on('response', (_client, statusCode: number) => {
      counts.responses++;
      const success = statusCode >= 200 && statusCode <= 299;
      if (!success) counts.failed++;
      else if (open) counts.ok++;
    });
    instance.on('reqError', () => counts.failed++);
    setTimeout(() => {
      openedAt = performance.now();
      open = true;
    }, leadMs);
    setTimeout(() => {
      open = false;
      closedAt = performance.now();
    }, leadMs + windowMs);
  });
}
