import { UsageError } from './usage.error';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Runs a CLI's `main` on its arguments and sets the exit code: `main`'s own; 2 with one line
 * saying what is wrong (and where the help is) for a bad command line; 2 with the message alone
 * for an error the CLI expects (`expected`: a service not answering, say); 2 with the stack for
 * anything else, which is a bug.
 */
export function runCli(
  name: string,
  main: (argv: string[]) => Promise<number>,
  expected: readonly ErrorClass[] = [],
): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\nSee npm run ${name} -- --help\n`);
      } else if (expected.some((type) => error instanceof type)) {
        process.stderr.write(`${(error as Error).message}\n`);
      } else {
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exitCode = 2;
    },
  );
}
