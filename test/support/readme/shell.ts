import { spawn, type ChildProcess } from 'node:child_process';

/** What a command printed (stdout and stderr interleaved, as in a terminal) and how it ended. */
export interface ShellResult {
  code: number | null;
  output: string;
}

function start(command: string, cwd: string, env: NodeJS.ProcessEnv, detached: boolean) {
  // `exec 2>&1` first: every part of a pipeline writes where a terminal would show it.
  return spawn('bash', ['-c', `exec 2>&1\n${command}`], {
    cwd,
    env,
    detached,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a README command in bash and collects its output. */
export function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<ShellResult> {
  return new Promise((resolve, reject) => {
    const child = start(command, cwd, env, false);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** A command that keeps running (a service), its output so far, and a way to stop it. */
export class BackgroundShell {
  private readonly child: ChildProcess;
  private text = '';
  private exited = false;

  constructor(command: string, cwd: string, env: NodeJS.ProcessEnv) {
    // Its own process group, so Ctrl-C's SIGINT reaches the service bash started.
    this.child = start(command, cwd, env, true);
    this.child.stdout?.on('data', (chunk: Buffer) => (this.text += chunk.toString()));
    this.child.on('exit', () => (this.exited = true));
  }

  get output(): string {
    return this.text;
  }

  get running(): boolean {
    return !this.exited;
  }

  /** Sends SIGINT, as Ctrl-C would, and waits for the exit (SIGKILL after 10 s). */
  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (this.exited || pid === undefined) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.kill(-pid, 'SIGINT');
    const timer = setTimeout(() => process.kill(-pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
