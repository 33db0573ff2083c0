import {
  builtEntryPoint,
  chainReadinessUrl,
  PROJECT_ROOT,
  readinessUrl,
  STACK_APPS,
} from '../../scripts/stack/stack-apps';
import type { AppSpec } from '../../scripts/stack/supervised-app';
import { servicesAppEnv } from './e2e-services';
import { startStack, type RunningStack } from './stack';

// The whole stack as `npm start` runs it, every port moved up by 10 000 (api-gateway 18000, the
// viewer's query API 26686, its OTLP ingest 14318), so `npm test` runs beside a learner's stack.

const QUERY_PORT = 26686;
const OTLP_PORT = 14318;
const JAEGER_PORT = 24268;

/** Where the test stack's processes answer, under the names the README's tools read. */
export const TEST_STACK_URLS = {
  GATEWAY_URL: 'http://127.0.0.1:18000',
  USER_SERVICE_URL: 'http://127.0.0.1:18001',
  ORDER_SERVICE_URL: 'http://127.0.0.1:18002',
  DATABASE_SERVICE_URL: 'http://127.0.0.1:18003',
  INVENTORY_SERVICE_URL: 'http://127.0.0.1:18004',
  JAEGER_QUERY_URL: `http://127.0.0.1:${QUERY_PORT}`,
} as const;

/** A default port of the stack and the one the test stack uses instead. */
export const TEST_STACK_PORTS: ReadonlyMap<number, number> = new Map([
  [8000, 18000],
  [8001, 18001],
  [8002, 18002],
  [8003, 18003],
  [8004, 18004],
  [16686, QUERY_PORT],
  [4318, OTLP_PORT],
  [14268, JAEGER_PORT],
]);

const TEST_STACK_ENV = {
  OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
  OTEL_EXPORTER_JAEGER_ENDPOINT: `http://127.0.0.1:${JAEGER_PORT}/api/traces`,
};

const testStackAppEnv = (): Record<string, Record<string, string>> => ({
  ...servicesAppEnv(),
  'trace-viewer': {
    TRACE_VIEWER_QUERY_PORT: String(QUERY_PORT),
    TRACE_VIEWER_OTLP_PORT: String(OTLP_PORT),
    TRACE_VIEWER_JAEGER_PORT: String(JAEGER_PORT),
  },
});

/** Starts the trace viewer and the five services on the test ports, exporting to that viewer. */
export function startTestStack(): Promise<RunningStack> {
  return startStack({ env: TEST_STACK_ENV, appEnv: testStackAppEnv(), startTimeoutMs: 60_000 });
}

/**
 * The test stack as `npm start`'s launcher runs it: one spec per app, on the test ports, with
 * `extraEnv` (a run's data directories, say) for every app.
 */
export function testStackAppSpecs(extraEnv: Record<string, string> = {}): AppSpec[] {
  const appEnv = testStackAppEnv();
  return STACK_APPS.map((app) => {
    const port = TEST_STACK_PORTS.get(app.port) ?? app.port;
    return {
      name: app.name,
      command: process.execPath,
      args: [builtEntryPoint(app.name)],
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...TEST_STACK_ENV, ...extraEnv, ...appEnv[app.name] },
      liveUrl: readinessUrl(app, port),
      readyUrl: chainReadinessUrl(app, port),
    };
  });
}
