import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.error';

/** The option a `util.parseArgs` complaint names (`'--rate <value>'` → `--rate`). */
function optionIn(message: string): string | undefined {
  return /'(-[^' ]+)/.exec(message)?.[1];
}

/**
 * Says in one line, without Node's quoting, what `util.parseArgs` refused: its messages quote
 * unevenly (`as in '-- "--help"`) and speak of its own API.
 */
export function describeParseError(error: Error & { code?: string }): string {
  const option = optionIn(error.message);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return / argument missing/.test(error.message)
        ? `${option} needs a value`
        : `${option} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}; this command takes options only`;
    default:
      return error.message;
  }
}

/**
 * `util.parseArgs`, strict, its complaints turned into one-line UsageErrors; positionals allowed
 * unless the command takes options only.
 */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  { positionals = true }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error));
  }
}
