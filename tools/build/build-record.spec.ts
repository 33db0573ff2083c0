import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hashInputs, readBuildRecord, whyRebuild, writeBuildRecord } from './build-record';

describe('build record', () => {
  let root: string;

  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  /** The project after a build: sources, configs, and what the build wrote, then the record. */
  const built = () => {
    write('package-lock.json', '{"lockfileVersion":3}');
    write('tsconfig.json', '{}');
    write('apps/user-service/src/main.ts', 'main');
    write('apps/user-service/src/users/users.service.ts', 'service');
    write('apps/user-service/src/users/users.service.spec.ts', 'unit test');
    write('apps/user-service/test/users.e2e-spec.ts', 'e2e test');
    write('tools/trace-viewer/ui/src/main.ts', 'ui');
    write('libs/telemetry/src/index.ts', 'lib');
    write('tools/stack/start-stack.ts', 'launcher');
    write('dist/apps/user-service/apps/user-service/src/main.js', 'compiled');
    write('tools/trace-viewer/ui/dist/app.js', 'bundled');
    writeBuildRecord(root, hashInputs(root));
  };
  const why = () => whyRebuild(root, hashInputs(root));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'build-record-'));
    built();
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('records inputs and outputs, leaving tests and outputs out of the inputs', () => {
    const record = readBuildRecord(root);

    expect(Object.keys(record?.inputs ?? {})).toEqual([
      'apps/user-service/src/main.ts',
      'apps/user-service/src/users/users.service.ts',
      'libs/telemetry/src/index.ts',
      'package-lock.json',
      'tools/trace-viewer/ui/src/main.ts',
      'tsconfig.json',
    ]);
    expect(record?.outputs).toEqual({
      'tools/trace-viewer/ui/dist/app.js': 7,
      'dist/apps/user-service/apps/user-service/src/main.js': 8,
    });
  });

  it('finds nothing to do right after a build, or when only file times changed', () => {
    expect(why()).toBeUndefined();

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'apps/user-service/src/main.ts'), later, later);
    expect(why()).toBeUndefined();
  });

  it('does not rebuild for a tool that runs from its source (npm start, npm run fault)', () => {
    write('tools/stack/start-stack.ts', 'another launcher');

    expect(why()).toBeUndefined();
  });

  it('does not rebuild for an edited test', () => {
    write('apps/user-service/src/users/users.service.spec.ts', 'another unit test');
    write('apps/user-service/test/users.e2e-spec.ts', 'another e2e test');

    expect(why()).toBeUndefined();
  });

  it.each([
    ['an edited source', 'apps/user-service/src/main.ts', 'changed: apps/user-service/src/main.ts'],
    [
      'an edited UI source',
      'tools/trace-viewer/ui/src/main.ts',
      'changed: tools/trace-viewer/ui/src/main.ts',
    ],
    ['an edited lockfile', 'package-lock.json', 'changed: package-lock.json'],
    ['an edited compiler setting', 'tsconfig.json', 'changed: tsconfig.json'],
    ['a new source', 'libs/telemetry/src/extra.ts', 'new file: libs/telemetry/src/extra.ts'],
  ])('rebuilds after %s', (_case, path, reason) => {
    write(path, 'edited');

    expect(why()).toBe(reason);
  });

  it('rebuilds after a deleted source, naming how many more changed', () => {
    rmSync(join(root, 'apps/user-service/src/users/users.service.ts'));
    rmSync(join(root, 'libs/telemetry/src/index.ts'));

    expect(why()).toBe('deleted: apps/user-service/src/users/users.service.ts (and 1 more)');
  });

  it('rebuilds when an output went missing or dist is gone', () => {
    rmSync(join(root, 'tools/trace-viewer/ui/dist/app.js'));
    expect(why()).toBe('output missing or altered: tools/trace-viewer/ui/dist/app.js');

    rmSync(join(root, 'dist'), { recursive: true });
    expect(why()).toBe('no finished build yet');
  });

  it('rebuilds when the record is unreadable', () => {
    write('dist/.build-record.json', '{ not json');

    expect(why()).toBe('no finished build yet');
  });
});
