import type { AppStatus } from './supervised-app';

/** Thrown when no launcher answers on the control URL. */
export class LauncherUnreachableError extends Error {
  constructor(readonly controlUrl: string) {
    super(
      `No stack launcher answers on ${controlUrl}. Start the stack with \`npm start\` ` +
        '(or set STACK_CONTROL_URL to where it listens).',
    );
  }
}

/** Thrown when the launcher refused a command, with its reason. */
export class StackCommandError extends Error {}

/** Talks to a running `npm start` over its control port. */
export class StackControlClient {
  constructor(private readonly controlUrl: string) {}

  async status(): Promise<AppStatus[]> {
    return (await this.call<{ apps: AppStatus[] }>('GET', '/apps')).apps;
  }

  stop(app: string, signal?: string): Promise<AppStatus> {
    const query = signal ? `?signal=${encodeURIComponent(signal)}` : '';
    return this.call('POST', `/apps/${encodeURIComponent(app)}/stop${query}`);
  }

  start(app: string): Promise<AppStatus & { live: boolean }> {
    return this.call('POST', `/apps/${encodeURIComponent(app)}/start`);
  }

  private async call<T>(method: string, path: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.controlUrl), { method });
    } catch {
      throw new LauncherUnreachableError(this.controlUrl);
    }
    const body = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new StackCommandError(body.error ?? `HTTP ${response.status}`);
    return body;
  }
}
