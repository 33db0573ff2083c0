import { STACK_APPS } from '../../../scripts/stack/stack-apps';
import { type RunningStack, startStack } from '../../support/stack';
import { OtlpJsonReceiver } from '../../support/otlp-json-receiver';

/**
 * Checks run the services on their usual ports plus this offset (api-gateway on 19000, and so
 * on), so a check never collides with `npm start` or the end-to-end tests on 8000-8004.
 */
const PORT_OFFSET = 11_000;

export interface ExerciseStackOptions {
  /** Environment for every service (OTEL_* settings, say). */
  env?: Record<string, string>;
  /** Per-service environment, keyed by app name; wins over `env`. */
  appEnv?: Record<string, Record<string, string>>;
  /** Apps to leave out (the trace viewer is always left out: the recorder takes its place). */
  without?: readonly string[];
}

/** The services of a check, running, with the recorder that received their telemetry. */
export interface ExerciseStack {
  recorder: OtlpJsonReceiver;
  /** Base URL of a running app, e.g. `url('api-gateway')`. */
  url(app: string): string;
  /** Everything each app printed so far. */
  output: RunningStack['output'];
  /**
   * Stops every app (each flushes its spans and metrics on the way out), then the recorder.
   * Safe to call twice: checks stop early to read everything, and again in afterAll.
   */
  stop(): Promise<void>;
}

/** The `<APP>_URL` variable a caller reads for `app`, e.g. `USER_SERVICE_URL`. */
export function urlVariable(app: string): string {
  return `${app.toUpperCase().replace(/-/g, '_')}_URL`;
}

/** The port a check runs `app` on. */
export function exercisePort(app: string): number {
  const known = STACK_APPS.find(({ name }) => name === app);
  if (!known) throw new Error(`unknown app ${app}`);
  return known.port + PORT_OFFSET;
}

/**
 * Starts every service of `scripts/stack/stack-apps.ts` (a service a learner adds there is
 * included) from `dist/`, exporting OTLP/JSON to a fresh recorder. Run `npm run build` first.
 */
export async function startExerciseStack(
  options: ExerciseStackOptions = {},
): Promise<ExerciseStack> {
  const recorder = new OtlpJsonReceiver();
  const endpoint = await recorder.start();
  const services = STACK_APPS.filter(
    ({ name }) => name !== 'trace-viewer' && !options.without?.includes(name),
  );
  const url = (app: string) => `http://127.0.0.1:${exercisePort(app)}`;
  const urls = Object.fromEntries(
    STACK_APPS.filter(({ name }) => name !== 'trace-viewer').map(({ name }) => [
      urlVariable(name),
      url(name),
    ]),
  );
  const appEnv = Object.fromEntries(
    services.map(({ name }) => [
      name,
      { PORT: String(exercisePort(name)), ...options.appEnv?.[name] },
    ]),
  );
  try {
    const stack = await startStack({
      apps: services.map(({ name }) => name),
      env: {
        HOST: '127.0.0.1',
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        ...urls,
        ...options.env,
      },
      appEnv,
      // Five services at once on a shared two-core machine: PGlite alone can take 30 s to boot.
      startTimeoutMs: 90_000,
    });
    let stopping: Promise<void> | undefined;
    return {
      recorder,
      url,
      output: stack.output,
      stop: () =>
        (stopping ??= (async () => {
          await stack.stop();
          await recorder.stop();
        })()),
    };
  } catch (error) {
    await recorder.stop();
    throw error;
  }
}
