import { launchStack, appSpec, type RunningStack } from '../../tools/stack/launch-stack';
import { STACK_APPS } from '../../tools/stack/stack-apps';
import type { AppSpec } from '../../tools/stack/supervised-app';
import { servicesAppEnv, TEST_PORTS, type ServiceName } from './e2e-services';

// The whole stack as `npm start` runs it, every port moved up by 10 000 (api-gateway 18000, the
// viewer's query API 26686, its OTLP ingest 14318), so `npm test` runs beside a learner's stack.

/** Where the test stack's processes answer, under the names the README's tools read. */
export const TEST_STACK_URLS: Readonly<Record<string, string>> = TEST_PORTS.urlSettings();

/** A default port of the stack and the one the test stack uses instead. */
export const TEST_STACK_PORTS: ReadonlyMap<number, number> = TEST_PORTS.portMap();

const testStackAppEnv = (
  extra: Partial<Record<ServiceName, Record<string, string>>> = {},
): Record<string, Record<string, string>> => ({
  ...TEST_PORTS.appEnv(),
  ...servicesAppEnv({}, extra),
});

/** What a suite may add to the test stack. */
export interface TestStackOptions {
  /** More settings for some services (e.g. a switch the suite needs on). */
  serviceEnv?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Listen for `npm run stack` on the test stack's control port, as `npm start` does on its own. */
  control?: boolean;
  /** More settings for every app (a run's data directories, say). */
  env?: Record<string, string>;
}

/** Starts the trace viewer and the services on the test ports, exporting to that viewer. */
export function startTestStack(options: TestStackOptions = {}): Promise<RunningStack> {
  return launchStack({
    env: { ...TEST_PORTS.exportEnv(), ...options.env },
    appEnv: testStackAppEnv(options.serviceEnv),
    startTimeoutMs: 60_000,
    controlPort: options.control ? TEST_PORTS.controlPort : undefined,
  });
}

/** Registers a suite's set-up and tear-down: the test stack started before it, stopped after. */
export function useTestStack(): void {
  let stack: RunningStack | undefined;
  beforeAll(async () => {
    stack = await startTestStack();
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
  });
}

/**
 * The test stack as `npm start`'s launcher runs it: one spec per app, on the test ports, with
 * `extraEnv` (a run's data directories, say) for every app.
 */
export function testStackAppSpecs(extraEnv: Record<string, string> = {}): AppSpec[] {
  const appEnv = testStackAppEnv();
  return STACK_APPS.map((app) =>
    appSpec(app, {
      env: { ...process.env, ...TEST_PORTS.exportEnv(), ...extraEnv, ...appEnv[app.name] },
    }),
  );
}
