import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..');
const TSX_PACKAGE = require.resolve('tsx/package.json');
const TSX_CLI = join(
  dirname(TSX_PACKAGE),
  (JSON.parse(readFileSync(TSX_PACKAGE, 'utf8')) as { bin: string }).bin,
);

/** Runs `npm run bench:<name> -- ...args` as npm would: the script under tsx, on this Node. */
function bench(name: 'overhead' | 'profile' | 'viewer', args: string[]) {
  // Without jest's NODE_OPTIONS (--experimental-vm-modules), as npm runs the command.
  const env = { ...process.env, NODE_OPTIONS: '' };
  const result = spawnSync(
    process.execPath,
    [TSX_CLI, join('tools', 'bench', name, 'run.ts'), ...args],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(['overhead', 'profile', 'viewer'] as const)('npm run bench:%s', (name) => {
  it('prints its usage for --help and exits 0, starting nothing', () => {
    const { status, stdout, stderr } = bench(name, ['--help']);

    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(new RegExp(`^usage: npm run bench:${name}`));
  });

  it('names a wrong option in one line and exits 2, without a stack trace', () => {
    const { status, stdout, stderr } = bench(name, ['--no-such-option']);

    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toBe(
      `bench:${name}: Unknown option '--no-such-option' (npm run bench:${name} -- --help lists the options)\n`,
    );
  });
});
