import { BenchUsageError } from './bench-usage.error';

/** One `npm run bench:*` command: its name, its usage text, and what it does with its words. */
export interface BenchCommand {
  name: string;
  usage: string;
  main: (argv: string[]) => Promise<void>;
}

/**
 * Runs `command` on the process's arguments. `--help` (or `-h`) anywhere prints the usage and
 * exits 0; a BenchUsageError prints one line naming what is wrong and exits 2; any other failure
 * is a broken run, printed with its stack, exit 1.
 */
export function runBenchCommand(command: BenchCommand, argv = process.argv.slice(2)): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return;
  }
  command.main(argv).then(
    () => undefined,
    (error: unknown) => {
      if (error instanceof BenchUsageError) {
        process.stderr.write(
          `${command.name}: ${error.message} (npm run ${command.name} -- --help lists the options)\n`,
        );
        process.exitCode = 2;
        return;
      }
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
