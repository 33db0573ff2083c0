import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../stack/stack-apps';
import { buildFloor } from './floor/build-floor';

/**
 * Builds what a benchmark starts: this checkout's apps as `npm start` builds them (nothing to do
 * when no input changed), unless `root` is another, already built checkout; and the floor, always
 * from this one.
 */
export function buildForBench(root: string): void {
  if (root === PROJECT_ROOT) {
    // scripts/build.ts is TypeScript: run it the way this process runs (node with tsx's loader).
    const { status } = spawnSync(
      process.execPath,
      [...process.execArgv, join(PROJECT_ROOT, 'scripts', 'build.ts'), '--if-changed'],
      { cwd: PROJECT_ROOT, stdio: 'inherit' },
    );
    if (status !== 0) throw new Error('npm run build failed; nothing was measured');
  }
  buildFloor();
}
