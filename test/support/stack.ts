import { type ChildProcess, spawn } from 'node:child_process';
import {
  builtEntryPoint,
  PROJECT_ROOT,
  readinessUrl,
  STACK_APPS,
  type StackApp,
} from '../../scripts/stack/stack-apps';

export interface StackOptions {
  /** Extra environment for every process (e.g. OTEL_* settings). */
  env?: Record<string, string>;
  /** Per-app environment, keyed by app name. */
  appEnv?: Record<string, Record<string, string>>;
  /** Which apps to start; all six by default. */
  apps?: readonly string[];
  /** How long to wait for every /health, in ms. */
  startTimeoutMs?: number;
  /** The checkout whose build runs; this one by default. */
  root?: string;
  /** Node options for every process, e.g. `--cpu-prof` for a profile. */
  nodeArgs?: readonly string[];
  /** The script each app runs; its `nest build` output in `root` by default. */
  entryPoint?: (app: string) => string;
}

export interface RunningStack {
  /** What the processes printed last (their last 256 KiB), per app, for failure messages. */
  output: Record<string, string>;
  /** Each app's process id, by app name. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

async function waitForHealth(
  app: StackApp,
  port: number,
  child: ChildProcess,
  deadline: number,
): Promise<void> {
  const url = readinessUrl(app, port);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${app.name} exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${app.name} did not answer ${url} in time`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the built apps as real processes on their ports (set PORT etc. through `appEnv` to move
 * them) and resolves once each answers its health check. Run `npm run build` first.
 */
/** How much of each app's output is kept for failure messages. */
const OUTPUT_TAIL_CHARS = 256 * 1024;

export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const selected = STACK_APPS.filter(({ name }) => !options.apps || options.apps.includes(name));
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  const output: Record<string, string> = {};
  const pids: Record<string, number> = {};
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };

  try {
    for (const app of selected) {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...options.env,
        ...options.appEnv?.[app.name],
      };
      const root = options.root ?? PROJECT_ROOT;
      const child = spawn(
        process.execPath,
        [
          ...(options.nodeArgs ?? []),
          options.entryPoint?.(app.name) ?? builtEntryPoint(app.name, root),
        ],
        {
          cwd: root,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      children.push(child);
      if (child.pid !== undefined) pids[app.name] = child.pid;
      output[app.name] = '';
      // Only the tail: a service logs a line per request, and a benchmark sends thousands.
      const append = (chunk: Buffer) =>
        (output[app.name] = (output[app.name] + chunk.toString()).slice(-OUTPUT_TAIL_CHARS));
      child.stdout?.on('data', append);
      child.stderr?.on('data', append);
      const port = Number(
        app.name === 'trace-viewer'
          ? (env.TRACE_VIEWER_QUERY_PORT ?? app.port)
          : (env.PORT ?? app.port),
      );
      await waitForHealth(app, port, child, deadline);
    }
  } catch (error) {
    await stop();
    const logs = Object.entries(output)
      .map(([name, text]) => `--- ${name}\n${text.slice(-2000)}`)
      .join('\n');
    throw new Error(`${(error as Error).message}\n${logs}`);
  }
  return { output, pids, stop };
}
