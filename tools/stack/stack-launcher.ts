import { pollFor } from '@tools/polling';
import { type AppExit, type AppSpec, type AppStatus, SupervisedApp } from './supervised-app';

/** Where the launcher writes: app output lines and its own messages. */
export interface LauncherOutput {
  appLine(app: string, line: string): void;
  notice(line: string): void;
}

/** Thrown for a stack command naming an app the launcher does not run. */
export class UnknownAppError extends Error {
  constructor(
    readonly app: string,
    known: readonly string[],
  ) {
    super(`no app named ${app}; one of: ${known.join(', ')}`);
  }
}

/** How to start an app again by hand, for the launcher's messages. */
export const startAgainHint = (app: string) => `npm run stack -- start ${app}`;

/** Says how an exit happened: "exit code 1" or "signal SIGKILL". */
export function describeExit({ code, signal }: Pick<AppExit, 'code' | 'signal'>): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * The processes of a stack (`npm start`'s, a test's, a benchmark's), each supervised on its own:
 * one that exits (crash, SIGKILL, `npm run stack -- stop`) leaves the others serving, and the
 * launcher says which one stopped, how, and how to start it again.
 */
export class StackLauncher {
  private readonly apps: Map<string, SupervisedApp>;
  private shuttingDown = false;

  constructor(
    specs: readonly AppSpec[],
    private readonly output: LauncherOutput,
  ) {
    this.apps = new Map(
      specs.map((spec) => [
        spec.name,
        new SupervisedApp(
          spec,
          (app, line) => output.appLine(app, line),
          (exit) => this.reportExit(exit),
        ),
      ]),
    );
  }

  get names(): string[] {
    return [...this.apps.keys()];
  }

  status(): AppStatus[] {
    return [...this.apps.values()].map((app) => app.status());
  }

  /**
   * Starts every app in order, each once the one before answers, so first spans find the viewer;
   * returns those that died or never answered. `firstFailureStops`: none after the first of them.
   */
  async startAll(timeoutMs = 60_000, firstFailureStops = false): Promise<string[]> {
    const dead: string[] = [];
    for (const app of this.apps.values()) {
      if (this.shuttingDown || (firstFailureStops && dead.length > 0)) break;
      if (!(await app.start(timeoutMs))) dead.push(app.spec.name);
    }
    return dead;
  }

  /** Waits until every running app answers its readiness URL; returns those that never did. */
  async waitForReadiness(timeoutMs = 60_000): Promise<string[]> {
    const pending = new Set([...this.apps.values()].filter((app) => app.running));
    await pollFor(
      async () => {
        for (const app of pending) if ((await app.probe()).ready) pending.delete(app);
        return pending.size === 0 || undefined;
      },
      { timeoutMs, intervalMs: 250, while: () => !this.shuttingDown },
    );
    return [...pending].map((app) => app.spec.name);
  }

  async start(name: string): Promise<AppStatus & { live: boolean }> {
    const app = this.app(name);
    this.output.notice(`starting ${name}`);
    const live = await app.start();
    if (live) this.output.notice(`${name} is serving again`);
    return { ...app.status(), live };
  }

  async stop(name: string, signal: NodeJS.Signals = 'SIGINT'): Promise<AppStatus> {
    const app = this.app(name);
    await app.stop(signal);
    return app.status();
  }

  /** Ctrl-C: every app gets one SIGINT, flushes its spans and exits; resolves when all have. */
  async stopAll(): Promise<void> {
    this.shuttingDown = true;
    // The first app is where the others send their spans (the trace viewer): it stops after
    // them, so their last flush still finds it.
    const [first, ...rest] = this.apps.values();
    await Promise.all(rest.map((app) => app.stop('SIGINT')));
    await first?.stop('SIGINT');
  }

  private app(name: string): SupervisedApp {
    const app = this.apps.get(name);
    if (!app) throw new UnknownAppError(name, this.names);
    return app;
  }

  private reportExit(exit: AppExit): void {
    if (this.shuttingDown) return;
    const how = describeExit(exit);
    const why = exit.requested ? 'stopped as asked' : 'exited unexpectedly';
    this.output.notice(
      `${exit.app} ${why} (${how}); the other services keep running. ` +
        `Start it again with: ${startAgainHint(exit.app)}`,
    );
  }
}
