import { join } from 'node:path';

/** One process of the stack, as `npm start` and the end-to-end tests launch it. */
export interface StackApp {
  name: string;
  /** The port it listens on by default (the trace viewer's query/UI port for the viewer). */
  port: number;
}

/** The trace viewer first, so the services' first spans have somewhere to go. */
export const STACK_APPS: readonly StackApp[] = [
  { name: 'trace-viewer', port: 16686 },
  { name: 'database-service', port: 8003 },
  { name: 'inventory-service', port: 8004 },
  { name: 'user-service', port: 8001 },
  { name: 'order-service', port: 8002 },
  { name: 'api-gateway', port: 8000 },
];

/** What answers 200 once an app is alive: the viewer's query API, or a service's /health. */
export function readinessUrl(app: StackApp, port: number = app.port): string {
  const path = app.name === 'trace-viewer' ? '/api/services' : '/health';
  return `http://127.0.0.1:${port}${path}`;
}

/**
 * What answers 200 once an app can serve a whole request: a service's `/health/ready` (its own
 * downstream hops answer too), or undefined where only liveness exists (the trace viewer).
 */
export function chainReadinessUrl(app: StackApp, port: number = app.port): string | undefined {
  return app.name === 'trace-viewer' ? undefined : `http://127.0.0.1:${port}/health/ready`;
}

export const PROJECT_ROOT = join(__dirname, '..', '..');

/**
 * Where `nest build <app>` puts an app's entry point (tsc builder, monorepo layout), in this
 * checkout or in another built one (a benchmark's baseline).
 */
export function builtEntryPoint(app: string, root: string = PROJECT_ROOT): string {
  return join(root, 'dist', 'apps', app, 'apps', app, 'src', 'main.js');
}
