import { parseCommandLine } from './command-line';
import { UsageError } from './usage.error';

const OPTIONS = {
  rate: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

describe(parseCommandLine.name, () => {
  it('reads options and positionals', () => {
    expect(parseCommandLine(['stop', 'app', '--rate', '5', '--json'], OPTIONS)).toMatchObject({
      values: { rate: '5', json: true },
      positionals: ['stop', 'app'],
    });
  });

  // Node's own messages quote unevenly (as in '-- "--help") and name its API.
  it.each([
    [['--help-me'], 'unknown option --help-me'],
    [['-x'], 'unknown option -x'],
    [['--rate'], '--rate needs a value'],
    [['--json=yes'], '--json takes no value'],
  ])('says what is wrong with %j in one line, quotes balanced', (argv, message) => {
    expect(() => parseCommandLine(argv, OPTIONS)).toThrow(new UsageError(message));
  });

  it('refuses a positional where the command takes options only', () => {
    expect(() => parseCommandLine(['fast'], OPTIONS, { positionals: false })).toThrow(
      new UsageError('unexpected argument fast; this command takes options only'),
    );
  });
});
