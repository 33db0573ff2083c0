import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { pollFor } from '@tools/polling';
import { probeReadiness, type ProbeResult } from './readiness-probe';

/** How to run one process of the stack. */
export interface AppSpec {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Answers 200 while the process serves (a service's `/health`). */
  liveUrl: string;
  /** Answers 200 when its downstream hops answer too (`/health/ready`); 404 falls back to liveUrl. */
  readyUrl?: string;
  /**
   * Runs it in a process group of its own, so a terminal's Ctrl-C reaches only the launcher, which
   * then sends each app exactly one SIGINT (a second one would end Nest before it flushed its
   * spans). `npm start` does; a test run does not, so that a Ctrl-C stops its apps with it.
   */
  ownProcessGroup?: boolean;
}

/** `running` from spawn to exit; `stopped` after a stop asked for; `exited` after any other exit. */
export type AppState = 'running' | 'stopping' | 'stopped' | 'exited';

/** What `npm run stack -- status` shows of one app. */
export interface AppStatus {
  name: string;
  state: AppState;
  pid?: number;
  /** How the last run ended: its exit code, or the signal that ended it. */
  exitCode?: number | null;
  signal?: NodeJS.Signals | null;
}

/** How a run ended, for the launcher's message. */
export interface AppExit {
  app: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the launcher asked for it (stop, Ctrl-C), false for a crash or an outside kill. */
  requested: boolean;
}

/**
 * One process of the stack: started, stopped and started again on demand, its output written
 * line by line under its name. An exit only ends this process: the others keep running.
 */
export class SupervisedApp {
  private child?: ChildProcess;
  private exited?: Promise<AppExit>;
  private state: AppState = 'stopped';
  private last: Pick<AppStatus, 'exitCode' | 'signal'> = {};

  constructor(
    readonly spec: AppSpec,
    private readonly writeLine: (app: string, line: string) => void,
    private readonly onExit: (exit: AppExit) => void,
  ) {}

  get running(): boolean {
    return this.state === 'running' || this.state === 'stopping';
  }

  status(): AppStatus {
    return { name: this.spec.name, state: this.state, pid: this.child?.pid, ...this.last };
  }

  /** Spawns the process; resolves once it answers its liveness URL (false if it died first). */
  async start(timeoutMs = 60_000): Promise<boolean> {
    if (this.running) return true;
    const child = spawn(this.spec.command, [...this.spec.args], {
      cwd: this.spec.cwd,
      env: this.spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: this.spec.ownProcessGroup === true,
    });
    this.child = child;
    this.state = 'running';
    this.last = {};
    for (const stream of [child.stdout, child.stderr]) {
      if (stream)
        createInterface({ input: stream }).on('line', (line) =>
          this.writeLine(this.spec.name, line),
        );
    }
    this.exited = new Promise((resolve) => {
      const settle = (code: number | null, signal: NodeJS.Signals | null) => {
        const requested = this.state === 'stopping';
        this.state = requested ? 'stopped' : 'exited';
        this.last = { exitCode: code, signal };
        const exit = { app: this.spec.name, code, signal, requested };
        this.onExit(exit);
        resolve(exit);
      };
      child.once('exit', settle);
      child.once('error', (error) => {
        this.writeLine(this.spec.name, `could not start: ${error.message}`);
        if (child.exitCode === null && child.signalCode === null) settle(null, null);
      });
    });
    const live = await pollFor(
      async () => (await probeReadiness(this.spec.liveUrl, undefined)).ready || undefined,
      { timeoutMs, while: () => this.state === 'running' },
    );
    return live === true;
  }

  /** Asks whether the app can serve a whole request (readiness, else liveness). */
  probe(): Promise<ProbeResult> {
    return probeReadiness(this.spec.liveUrl, this.spec.readyUrl);
  }

  /** Sends `signal` (SIGINT: the app flushes its spans first) and resolves once it exited. */
  async stop(
    signal: NodeJS.Signals = 'SIGINT',
    killAfterMs = 10_000,
  ): Promise<AppExit | undefined> {
    if (!this.running || !this.child || !this.exited) return undefined;
    this.state = 'stopping';
    const child = this.child;
    const killTimer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.kill(signal);
    const exit = await this.exited;
    clearTimeout(killTimer);
    return exit;
  }
}
