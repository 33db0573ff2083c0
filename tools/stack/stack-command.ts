import { parseCommandLine } from '../cli/command-line';
import { UsageError } from '../cli/usage.error';
import { type StackControlClient } from './control-client';
import { DEFAULT_CONTROL_PORT } from './control-server';
import { describeExit, startAgainHint } from './stack-launcher';
import type { AppStatus } from './supervised-app';

export const STACK_USAGE = `Usage: npm run stack -- <command>
  status                          every app of the running \`npm start\`: state, pid, last exit
  stop <app> [--signal SIGKILL]   stop one app (SIGINT by default: it flushes its spans first)
  start <app>                     start a stopped app again
  --help                          this text
Apps: the trace viewer and the five services, as \`status\` lists them. The launcher listens on
127.0.0.1:${DEFAULT_CONTROL_PORT} (STACK_CONTROL_PORT); STACK_CONTROL_URL tells this command where.
Exit status: 0 done; 2 usage error, an app the launcher does not run, or no launcher answering.`;

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
  const { positionals, values } = parseCommandLine(argv, {
    signal: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const [command, app, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') return STACK_USAGE.split('\n');
  if (extra.length > 0) throw new UsageError(`unexpected arguments: ${extra.join(' ')}`);
  if (values.signal !== undefined && command !== 'stop') {
    throw new UsageError('--signal goes with stop');
  }
  switch (command) {
    case 'status':
      return formatStatus(await client.status());
    case 'stop': {
      if (!app) throw new UsageError('stop needs an app name');
      const status = await client.stop(app, values.signal);
      return [`${app} ${status.state}. Start it again with: ${startAgainHint(app)}`];
    }
    case 'start': {
      if (!app) throw new UsageError('start needs an app name');
      const status = await client.start(app);
      return [
        status.live
          ? `${app} is running (pid ${status.pid}).`
          : `${app} did not come up (${describeExit({ code: status.exitCode ?? null, signal: status.signal ?? null })}); see the launcher's output.`,
      ];
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}
