import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../tools/stack/stack-apps';

/** What one `npm run hunt` printed and how it exited. */
export interface HuntCliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TSX = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/**
 * Runs `npm run hunt -- <args>` (through tsx, as npm would) against the admin APIs on
 * `adminBasePort` … + 4, and resolves with its exit code and output, whatever the code.
 */
export function runHuntCli(adminBasePort: number, ...args: string[]): Promise<HuntCliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, join(PROJECT_ROOT, 'tools', 'hunt', 'hunt.ts'), ...args],
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
