/**
 * `npm run build`: bundles the viewer UI, compiles every app (`nest build --all`, which copies the
 * UI bundle into the viewer's build output as an asset), bundles the trace CLI that
 * `test_traces.sh` runs (one file, so each call starts in milliseconds, not tsx's second), then
 * records what it built from. With `--if-changed` (what `npm start` and `npm test` run first) it skips
 * all of that when no input changed since the last build and every output is still in place.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { hashInputs, whyRebuild, writeBuildRecord } from './build-record';

const ROOT = join(__dirname, '..', '..');

function run(script: string, args: string[]): void {
  const { status, signal } = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 2));
}

const ifChanged = process.argv.includes('--if-changed');
// Hashed before building: a file edited while the build runs then counts as changed next time.
const inputs = hashInputs(ROOT);
if (ifChanged) {
  const reason = whyRebuild(ROOT, inputs);
  if (!reason) {
    console.log(
      'Build up to date (nothing changed since the last one); `npm run build` forces one.',
    );
    process.exit(0);
  }
  console.log(`Building: ${reason}.`);
}
// The UI first: nest build copies its bundle into the viewer's output as an asset.
run(join(ROOT, 'tools', 'trace-viewer', 'ui', 'build.mjs'), []);
run(require.resolve('@nestjs/cli/bin/nest.js'), ['build', '--all']);
// After nest build, which empties dist/ first.
buildSync({
  entryPoints: [join(ROOT, 'tools', 'trace', 'trace.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  outfile: join(ROOT, 'dist', 'tools', 'trace.js'),
  logLevel: 'warning',
});
writeBuildRecord(ROOT, inputs);
