import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SERVICES, TRACE_BACKEND } from '@app/topology';
import { pollFor } from '@tools/polling';
import { DEFAULT_CONTROL_PORT } from '../../tools/stack/control-server';
import { PROJECT_ROOT } from '../../tools/stack/stack-apps';

// `npm start` as a learner runs it: the launcher itself, its default ports and settings, nothing
// moved. A learner's own stack may hold those ports; then the suite says so instead of waiting.

/** Every port `npm start` listens on: the apps, the services' admin ports, the viewer's, control. */
export function npmStartPorts(): number[] {
  return [
    ...SERVICES.flatMap(({ port, adminPort }) => [port, adminPort]),
    ...Object.values(TRACE_BACKEND),
    DEFAULT_CONTROL_PORT,
  ].sort((a, b) => a - b);
}

async function isTaken(port: number): Promise<boolean> {
  // The services bind every interface, so a listener on any of them makes the port unusable.
  const probe = createServer().listen(port, '0.0.0.0');
  try {
    await once(probe, 'listening');
    probe.close();
    await once(probe, 'close');
    return false;
  } catch {
    return true;
  }
}

/** Thrown when `npm start`'s ports are in use, naming them. */
export class NpmStartPortsTakenError extends Error {
  constructor(readonly ports: number[]) {
    super(
      `npm start's ports are in use (${ports.join(', ')}): another stack runs on them, probably ` +
        "a learner's `npm start`. This suite runs the stack exactly as `npm start` does, on " +
        'those ports: stop the other stack (Ctrl-C in its terminal) and run the suite again.',
    );
  }
}

/** The stack as `npm start` runs it. */
export interface NpmStart {
  /** Everything the launcher printed so far. */
  output(): string;
  /** Runs one of the project's CLIs (`tools/<name>/<name>.ts`) against it, as `npm run <name>` does. */
  cli(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Ctrl-C: every app flushes its spans and exits, then the launcher. */
  stop(): Promise<void>;
}

const TSX_CLI = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** What a reader's shell passes on: the environment without Jest's own settings. */
function readerEnvironment(): NodeJS.ProcessEnv {
  const jestOnly = new Set(['NODE_OPTIONS', 'NODE_ENV', 'JEST_WORKER_ID']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !jestOnly.has(name)));
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return once(child, 'exit').then(() => undefined);
}

function run(script: string, args: string[]) {
  const child = spawn(process.execPath, [TSX_CLI, script, ...args], {
    cwd: PROJECT_ROOT,
    env: readerEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return exited(child).then(() => ({ code: child.exitCode ?? 1, stdout, stderr }));
}

/**
 * Starts `npm start`'s launcher (tools/stack/start-stack.ts, built apps: run `npm run build` first) and
 * resolves once it printed `Stack ready`; fails at once when its ports are taken.
 */
export async function startNpmStart(readyTimeoutMs = 120_000): Promise<NpmStart> {
  const taken: number[] = [];
  for (const port of npmStartPorts()) if (await isTaken(port)) taken.push(port);
  if (taken.length > 0) throw new NpmStartPortsTakenError(taken);

  // Its own process group: should the launcher itself not stop, its apps are stopped with it.
  const launcher = spawn(process.execPath, [TSX_CLI, join('tools', 'stack', 'start-stack.ts')], {
    cwd: PROJECT_ROOT,
    env: readerEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (launcher.exitCode !== null || launcher.signalCode !== null) return;
    launcher.kill('SIGINT');
    const timer = setTimeout(() => process.kill(-launcher.pid!, 'SIGKILL'), 20_000);
    await exited(launcher);
    clearTimeout(timer);
  };

  const ready = await pollFor(() => output.includes('Stack ready') || undefined, {
    timeoutMs: readyTimeoutMs,
    intervalMs: 200,
    while: () => launcher.exitCode === null && !/Did not start|Still not ready/.test(output),
  });
  if (!ready) {
    await stop();
    throw new Error(`npm start did not get ready:\n${output.slice(-4000)}`);
  }
  return { output: () => output, cli: (name, args) => run(`tools/${name}/${name}.ts`, args), stop };
}
