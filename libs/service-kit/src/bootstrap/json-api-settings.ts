import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Settings of an Express app that serves JSON to services and scripts, none of which sends a
 * conditional request: no ETag (a SHA-1 of every body) and no X-Powered-By header telling every
 * caller the framework.
 */
export function asJsonApi(app: NestExpressApplication): void {
  app.set('etag', false);
  app.disable('x-powered-by');
}
