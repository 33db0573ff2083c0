/**
 * `npm run stack -- status | stop <app> | start <app>`: takes one process of a running
 * `npm start` down and brings it back, over the launcher's loopback control port.
 */
import {
  LauncherUnreachableError,
  StackCommandError,
  StackControlClient,
} from './stack/control-client';
import { DEFAULT_CONTROL_PORT } from './stack/control-server';
import { runStackCommand, STACK_USAGE, StackUsageError } from './stack/stack-command';

const controlUrl = process.env.STACK_CONTROL_URL || `http://127.0.0.1:${DEFAULT_CONTROL_PORT}`;

runStackCommand(process.argv.slice(2), new StackControlClient(controlUrl)).then(
  (lines) => process.stdout.write(lines.map((line) => `${line}\n`).join('')),
  (error: unknown) => {
    if (error instanceof StackUsageError)
      process.stderr.write(`${error.message}\n${STACK_USAGE}\n`);
    else if (error instanceof LauncherUnreachableError || error instanceof StackCommandError) {
      process.stderr.write(`${error.message}\n`);
    } else process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
