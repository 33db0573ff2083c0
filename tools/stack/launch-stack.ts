import {
  builtEntryPoint,
  chainReadinessUrl,
  portIn,
  PROJECT_ROOT,
  readinessUrl,
  STACK_APPS,
  type StackApp,
} from './stack-apps';
import { startControlServer } from './control-server';
import { OutputTail } from './output-tail';
import { describeExit, StackLauncher } from './stack-launcher';
import type { AppSpec } from './supervised-app';

/** How to run one app of the stack: from which build, with which environment. */
export interface AppRun {
  /** Its whole environment. */
  env: NodeJS.ProcessEnv;
  /** The checkout whose build runs; this one by default. */
  root?: string;
  /** Node options, e.g. `--cpu-prof` for a profile. */
  nodeArgs?: readonly string[];
  /** The script it runs; its `nest build` output in `root` by default. */
  entryPoint?: (app: string) => string;
  /** See AppSpec: `npm start` runs each app in a process group of its own. */
  ownProcessGroup?: boolean;
}

/** What the launcher runs for `app`: node on its built entry point, probed on the port `env` gives it. */
export function appSpec(app: StackApp, run: AppRun): AppSpec {
  const root = run.root ?? PROJECT_ROOT;
  const port = portIn(app, run.env);
  return {
    name: app.name,
    command: process.execPath,
    args: [...(run.nodeArgs ?? []), run.entryPoint?.(app.name) ?? builtEntryPoint(app.name, root)],
    cwd: root,
    env: run.env,
    liveUrl: readinessUrl(app, port),
    readyUrl: chainReadinessUrl(app, port),
    ownProcessGroup: run.ownProcessGroup,
  };
}

export interface StackOptions extends Omit<AppRun, 'env' | 'ownProcessGroup'> {
  /** Extra environment for every process (e.g. OTEL_* settings). */
  env?: Record<string, string>;
  /** Per-app environment, keyed by app name; wins over `env`. */
  appEnv?: Record<string, Record<string, string>>;
  /** Which apps to start; all of them (the viewer and every service) by default. */
  apps?: readonly string[];
  /** How long each app may take to answer its liveness URL, in ms. */
  startTimeoutMs?: number;
  /** Where `npm run stack` reaches this launcher, as `npm start`'s; no control port by default. */
  controlPort?: number;
}

export interface RunningStack {
  /** What the processes printed last (their last 256 KiB), per app, for failure messages. */
  output: Record<string, string>;
  /** Each app's process id, by app name. */
  pids: Record<string, number>;
  /** Sends every app one SIGINT (each flushes its spans) and resolves once all have exited. */
  stop(): Promise<void>;
}

/** How much of each app's output is kept: a service logs a line per request, a benchmark sends thousands. */
const OUTPUT_TAIL_CHARS = 256 * 1024;

/**
 * Starts the built apps as real processes, through `npm start`'s launcher, in its order (the
 * viewer, then each service after those it calls), and resolves once each answers its liveness
 * URL. Ports move with PORT (TRACE_VIEWER_QUERY_PORT) in `appEnv`. When one fails to start, every
 * app is stopped and the error carries the end of each one's output. Run `npm run build` first.
 */
export async function launchStack(options: StackOptions = {}): Promise<RunningStack> {
  const selected = STACK_APPS.filter(({ name }) => !options.apps || options.apps.includes(name));
  const tails = new Map<string, OutputTail>(
    [...selected.map(({ name }) => name), 'stack'].map((name) => [
      name,
      new OutputTail(OUTPUT_TAIL_CHARS),
    ]),
  );
  const output: Record<string, string> = {};
  for (const [name, tail] of tails) {
    Object.defineProperty(output, name, { enumerable: true, get: () => tail.text() });
  }
  const append = (app: string, line: string) => tails.get(app)?.push(line);
  const specs = selected.map((app) =>
    appSpec(app, {
      ...options,
      env: { ...process.env, ...options.env, ...options.appEnv?.[app.name] },
    }),
  );
  const launcher = new StackLauncher(specs, {
    appLine: append,
    notice: (line) => append('stack', line),
  });
  const dead = await launcher.startAll(options.startTimeoutMs ?? 30_000, true);
  if (dead.length > 0) {
    const status = launcher.status().find(({ name }) => name === dead[0]);
    const spec = specs.find(({ name }) => name === dead[0]);
    await launcher.stopAll();
    const why =
      status?.state === 'exited'
        ? `exited (${describeExit({ code: status.exitCode ?? null, signal: status.signal ?? null })})`
        : `did not answer ${spec?.liveUrl} in time`;
    const logs = Object.entries(output)
      .map(([name, text]) => `--- ${name}\n${text.slice(-2000)}`)
      .join('\n');
    throw new Error(`${dead[0]} ${why}\n${logs}`);
  }
  const pids = Object.fromEntries(
    launcher.status().flatMap(({ name, pid }) => (pid === undefined ? [] : [[name, pid]])),
  );
  const control =
    options.controlPort === undefined
      ? undefined
      : await startControlServer(launcher, options.controlPort).catch(async (error: unknown) => {
          await launcher.stopAll();
          throw error;
        });
  const stop = async () => {
    await new Promise((resolve) => (control ? control.close(resolve) : resolve(undefined)));
    await launcher.stopAll();
  };
  return { output, pids, stop };
}
