import { isServiceName, SERVICE_NAMES } from '@app/topology';
import { type RunningStack, launchStack } from '../../../tools/stack/launch-stack';
import { StackPorts } from '../../../tools/stack/stack-ports';
import { TRACE_VIEWER } from '../../../tools/stack/stack-apps';
import { OtlpJsonReceiver } from '../../support/otlp-json-receiver';

/**
 * Checks run the services on their usual ports plus 11 000 (api-gateway on 19000, its admin API
 * on 20000, and so on), so a check never collides with `npm start` or the end-to-end tests.
 */
export const EXERCISE_PORTS = new StackPorts(11_000);

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

/** The port a check runs `app` on. */
export function exercisePort(app: string): number {
  if (!isServiceName(app)) throw new Error(`unknown app ${app}`);
  return EXERCISE_PORTS.port(app);
}

/**
 * Starts every service of the map, `libs/topology` (a service a learner adds there is included),
 * from `dist/`, exporting OTLP/JSON to a fresh recorder. Run `npm run build` first.
 */
export async function startExerciseStack(
  options: ExerciseStackOptions = {},
): Promise<ExerciseStack> {
  const recorder = new OtlpJsonReceiver();
  const recorderEndpoint = await recorder.start();
  const endpoint = options.withViewer
    ? EXERCISE_PORTS.exportEnv().OTEL_EXPORTER_OTLP_ENDPOINT
    : recorderEndpoint;
  const services = SERVICE_NAMES.filter((name) => !options.without?.includes(name));
  const url = (app: string) =>
    app === TRACE_VIEWER ? EXERCISE_PORTS.viewerUrl : `http://127.0.0.1:${exercisePort(app)}`;
  const appEnv: Record<string, Record<string, string>> = Object.fromEntries(
    services.map((name) => [
      name,
      { ...EXERCISE_PORTS.serviceEnv(name), ...options.appEnv?.[name] },
    ]),
  );
  if (options.withViewer) appEnv[TRACE_VIEWER] = EXERCISE_PORTS.viewerEnv();
  try {
    const stack = await launchStack({
      apps: [...(options.withViewer ? [TRACE_VIEWER] : []), ...services],
      env: {
        HOST: '127.0.0.1',
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
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
