/**
 * `npm run stack -- status | stop <app> | start <app>`: takes one process of a running
 * `npm start` down and brings it back, over the launcher's loopback control port.
 */
import { runCli } from '../cli/run-cli';
import { LauncherUnreachableError, StackCommandError, StackControlClient } from './control-client';
import { DEFAULT_CONTROL_PORT } from './control-server';
import { runStackCommand } from './stack-command';

const controlUrl = process.env.STACK_CONTROL_URL || `http://127.0.0.1:${DEFAULT_CONTROL_PORT}`;

runCli(
  'stack',
  async (argv) => {
    const lines = await runStackCommand(argv, new StackControlClient(controlUrl));
    process.stdout.write(lines.map((line) => `${line}\n`).join(''));
    return 0;
  },
  [LauncherUnreachableError, StackCommandError],
);
