import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Raised for a command line the CLI cannot run; the message says what to fix. */
export class UsageError extends Error {}

/** `util.parseArgs`, strict, with positionals, its complaints turned into UsageErrors. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
