import { AdminApiError, AdminClient } from './admin.client';
import { UsageError } from '../trace/usage.error';

/**
 * Runs an admin-API command line (`npm run fault`, `npm run hunt`) against the five services'
 * admin ports (ADMIN_HOST, ADMIN_BASE_PORT + 0…4) and sets the exit code: `run`'s own, or 2 with
 * the usage for a bad command line, one line for an admin API that refused, a stack otherwise.
 */
export function runAdminCli(
  run: (argv: string[], admin: AdminClient) => Promise<number>,
  usage: string,
): void {
  const admin = new AdminClient(
    process.env.ADMIN_HOST || '127.0.0.1',
    Number(process.env.ADMIN_BASE_PORT || 9000),
  );
  run(process.argv.slice(2), admin).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) process.stderr.write(`${error.message}\n${usage}\n`);
      else if (error instanceof AdminApiError) process.stderr.write(`${error.message}\n`);
      else
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      process.exitCode = 2;
    },
  );
}
