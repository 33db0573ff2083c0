import { join } from 'node:path';
import { serviceOf, startOrder, TRACE_BACKEND } from '@app/topology';

/** The workbench's own process in the stack: where the services send their spans. */
export const TRACE_VIEWER = 'trace-viewer';

/** One process of the stack, as `npm start`, the tests and the benchmarks launch it. */
export interface StackApp {
  name: string;
  /** The port it serves on by default (the viewer's: its query API and UI). */
  port: number;
  /** The setting that moves that port. */
  portSetting: string;
  /** Answers 200 once the process serves. */
  livePath: string;
  /** Answers 200 once it can serve a whole request (its downstream hops answer too). */
  readyPath?: string;
}

/**
 * The trace viewer first, so the services' first spans have somewhere to go; then the services of
 * the map (`@app/topology`), each after those it calls.
 */
export const STACK_APPS: readonly StackApp[] = [
  {
    name: TRACE_VIEWER,
    port: TRACE_BACKEND.queryPort,
    portSetting: 'TRACE_VIEWER_QUERY_PORT',
    livePath: '/api/services',
  },
  ...startOrder().map((name) => ({
    name,
    port: serviceOf(name).port,
    portSetting: 'PORT',
    livePath: '/health',
    readyPath: '/health/ready',
  })),
];

/** The app of the stack called `name`; throws naming the known ones for any other. */
export function stackApp(name: string): StackApp {
  const app = STACK_APPS.find((candidate) => candidate.name === name);
  if (!app) {
    throw new Error(
      `no app ${name} in the stack; one of: ${STACK_APPS.map((a) => a.name).join(', ')}`,
    );
  }
  return app;
}

/** The port an app serves on given its environment (its port setting, else its default). */
export function portIn(app: StackApp, env: NodeJS.ProcessEnv): number {
  return Number(env[app.portSetting] || app.port);
}

/** What answers 200 once an app is alive: the viewer's query API, or a service's /health. */
export function readinessUrl(app: StackApp, port: number = app.port): string {
  return `http://127.0.0.1:${port}${app.livePath}`;
}

/**
 * What answers 200 once an app can serve a whole request: a service's `/health/ready` (its own
 * downstream hops answer too), or undefined where only liveness exists (the trace viewer).
 */
export function chainReadinessUrl(app: StackApp, port: number = app.port): string | undefined {
  return app.readyPath && `http://127.0.0.1:${port}${app.readyPath}`;
}

export const PROJECT_ROOT = join(__dirname, '..', '..');

/**
 * Where `nest build <app>` puts an app's entry point (tsc builder, monorepo layout: the viewer
 * under dist/tools, the services under dist/apps), in this checkout or in another built one (a
 * benchmark's baseline).
 */
export function builtEntryPoint(app: string, root: string = PROJECT_ROOT): string {
  const wing = app === TRACE_VIEWER ? 'tools' : 'apps';
  return join(root, 'dist', wing, app, wing, app, 'src', 'main.js');
}
