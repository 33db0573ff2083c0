import { runCli } from '../cli/run-cli';
import { AdminApiError, AdminClient } from './admin.client';

/**
 * Runs an admin-API command line (`npm run fault`, `npm run hunt`) against the services' admin
 * ports (ADMIN_HOST; ADMIN_BASE_PORT moves them all): exit code `run`'s own, or 2 with one line
 * for a bad command line or an admin API that refused or did not answer.
 */
export function runAdminCli(
  name: string,
  run: (argv: string[], admin: AdminClient) => Promise<number>,
): void {
  const admin = new AdminClient(
    process.env.ADMIN_HOST || '127.0.0.1',
    process.env.ADMIN_BASE_PORT ? Number(process.env.ADMIN_BASE_PORT) : undefined,
  );
  runCli(name, (argv) => run(argv, admin), [AdminApiError]);
}
