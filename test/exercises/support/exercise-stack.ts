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
  /** Apps to leave out (the trace viewer is left out unless `withViewer`). */
  without?: readonly string[];
  /** Runs the trace viewer too, and the services export to it instead of the recorder. */
  withViewer?: boolean;
}

/** The services of a check, running, with the recorder that received their telemetry. */
export interface ExerciseStack {
  recorder: OtlpJsonReceiver;
  /** Base URL of a running app, e.g. `url('api-gateway')`, or the viewer's query API. */
  url(app: string): string;
  /** Everything each app printed so far. */
  output: RunningStack['output'];
  /**
   * Stops every app (each flushes its spans and metrics on the way out), then the recorder.
   * Safe to call twice: checks stop early to read everything, and again in afterAll.
   */
  stop(): Promise<void>;
}

// The viewer, when a check needs it, moves by the same offset: query API 27686, OTLP 15318.
const VIEWER_ENV = {
  TRACE_VIEWER_QUERY_PORT: String(16_686 + PORT_OFFSET),
  TRACE_VIEWER_OTLP_PORT: String(4_318 + PORT_OFFSET),
  TRACE_VIEWER_JAEGER_PORT: String(14_268 + PORT_OFFSET),
};
const VIEWER_OTLP_ENDPOINT = `http://127.0.0.1:${VIEWER_ENV.TRACE_VIEWER_OTLP_PORT}`;

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
  const recorderEndpoint = await recorder.start();
  const endpoint = options.withViewer ? VIEWER_OTLP_ENDPOINT : recorderEndpoint;
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
  const appEnv: Record<string, Record<string, string>> = Object.fromEntries(
    services.map(({ name }) => [
      name,
      { PORT: String(exercisePort(name)), ...options.appEnv?.[name] },
    ]),
  );
  if (options.withViewer) appEnv['trace-viewer'] = VIEWER_ENV;
  try {
    const stack = await startStack({
      apps: [...(options.withViewer ? ['trace-viewer'] : []), ...services.map(({ name }) => name)],
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
