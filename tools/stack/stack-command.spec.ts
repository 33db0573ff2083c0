import { UsageError } from '../cli/usage.error';
import { StackControlClient } from './control-client';
import { runStackCommand, STACK_USAGE } from './stack-command';

// Nothing listens here: a command line that is read correctly would fail to reach the launcher.
const client = new StackControlClient('http://127.0.0.1:9');

describe(runStackCommand.name, () => {
  it.each([[[]], [['--help']], [['-h']], [['help']]])('answers %j with the usage', async (argv) => {
    await expect(runStackCommand(argv, client)).resolves.toEqual(STACK_USAGE.split('\n'));
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['stop'], 'stop needs an app name'],
    [['start'], 'start needs an app name'],
    [['stop', 'user-service', 'now'], 'unexpected arguments: now'],
    [['stop', 'user-service', '--signal'], '--signal needs a value'],
    [['status', '--signal', 'SIGKILL'], '--signal goes with stop'],
    [['restart', 'user-service'], 'unknown command restart'],
  ])('refuses %j in one line', async (argv, message) => {
    await expect(runStackCommand(argv, client)).rejects.toThrow(new UsageError(message));
  });
});
