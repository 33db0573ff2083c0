import { parseArgs } from 'node:util';
import { type StackControlClient } from './control-client';
import { describeExit, startAgainHint } from './stack-launcher';
import type { AppStatus } from './supervised-app';

export const STACK_USAGE = `Usage: npm run stack -- <command>
  status                          every app of the running \`npm start\`: state, pid, last exit
  stop <app> [--signal SIGKILL]   stop one app (SIGINT by default: it flushes its spans first)
  start <app>                     start a stopped app again`;

/** Thrown for a command line the stack CLI cannot run. */
export class StackUsageError extends Error {}

function formatStatus(apps: AppStatus[]): string[] {
  const rows = apps.map((app) => [
    app.name,
    app.state,
    app.state === 'running' ? String(app.pid ?? '') : '',
    app.exitCode !== undefined || app.signal
      ? describeExit({ code: app.exitCode ?? null, signal: app.signal ?? null })
      : '',
  ]);
  const header = ['APP', 'STATE', 'PID', 'LAST EXIT'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  return [header, ...rows].map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}

/** Runs one `npm run stack` command against the launcher; resolves with the lines to print. */
export async function runStackCommand(
  argv: string[],
  client: StackControlClient,
): Promise<string[]> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { signal: { type: 'string' } },
    });
  } catch (error) {
    throw new StackUsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  const [command, app, ...extra] = positionals;
  if (extra.length > 0) throw new StackUsageError(`unexpected arguments: ${extra.join(' ')}`);
  switch (command) {
    case 'status':
      return formatStatus(await client.status());
    case 'stop': {
      if (!app) throw new StackUsageError('stop needs an app name');
      const status = await client.stop(app, values.signal);
      return [`${app} ${status.state}. Start it again with: ${startAgainHint(app)}`];
    }
    case 'start': {
      if (!app) throw new StackUsageError('start needs an app name');
      const status = await client.start(app);
      return [
        status.live
          ? `${app} is running (pid ${status.pid}).`
          : `${app} did not come up (${describeExit({ code: status.exitCode ?? null, signal: status.signal ?? null })}); see the launcher's output.`,
      ];
    }
    default:
      throw new StackUsageError(command ? `unknown command ${command}` : 'no command given');
  }
}
