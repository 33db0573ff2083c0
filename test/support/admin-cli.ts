import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/stack/stack-apps';

/** What one `npm run fault` or `npm run hunt` printed and how it exited. */
export interface AdminCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command-line tools that talk to the services' admin APIs. */
export type AdminCli = 'fault' | 'hunt';

const TSX = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/**
 * Runs `npm run <cli> -- <args>` (through tsx, as npm would) against the admin APIs that start at
 * `adminBasePort` (api-gateway's), and resolves with its exit code and output, whatever the code.
 */
export function runAdminCli(
  cli: AdminCli,
  adminBasePort: number,
  ...args: string[]
): Promise<AdminCliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, join(PROJECT_ROOT, 'tools', cli, `${cli}.ts`), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ADMIN_BASE_PORT: String(adminBasePort) } },
      (error, stdout, stderr) => {
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}
