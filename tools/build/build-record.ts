import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * What a successful `npm run build` saw and produced: a hash of every input file and the size of
 * every output file. The next start compares the tree with it to decide whether to build again.
 */
export interface BuildRecord {
  inputs: Record<string, string>;
  outputs: Record<string, number>;
}

/** Kept inside dist/, which `nest build` empties first, so a build that fails leaves none. */
export const BUILD_RECORD_FILE = join('dist', '.build-record.json');

/**
 * Folders whose files (tests aside) go into the build: the services and their libraries, the trace
 * viewer and the workbench's libraries, the build itself, and the trace CLI with its command line.
 */
const INPUT_DIRS = [
  'apps',
  'libs',
  join('tools', 'trace-viewer'),
  join('tools', 'libs'),
  join('tools', 'build'),
  join('tools', 'trace'),
  join('tools', 'cli'),
];
/** Single files that change what the build makes: the lockfile, the compiler and CLI settings. */
const INPUT_FILES = ['package.json', 'package-lock.json', 'nest-cli.json', 'tsconfig.json'];
/** Where the build writes: the compiled apps, the trace CLI bundle and the bundled viewer UI. */
export const OUTPUT_DIRS = ['dist', join('tools', 'trace-viewer', 'ui', 'dist')];

// Test code is never compiled into dist (the tsconfig.app.json files exclude **/*spec.ts and
// test/), so editing a test does not call for a rebuild.
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'test', 'coverage']);
const isTestFile = (name: string) => name.endsWith('spec.ts');

function walk(root: string, dir: string, into: string[]): void {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(root, path, into);
    } else if (entry.isFile() && !isTestFile(entry.name)) {
      into.push(path);
    }
  }
}

/** Forward slashes, so a record reads the same on every system. */
const portable = (path: string) => path.split(sep).join('/');

/** The build's input files under `root`, each with the SHA-256 of its content. */
export function hashInputs(root: string): Record<string, string> {
  const files: string[] = INPUT_FILES.filter((file) => existsSync(join(root, file)));
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) walk(root, dir, files);
  const inputs: Record<string, string> = {};
  for (const file of files.sort()) {
    inputs[portable(file)] = createHash('sha256')
      .update(readFileSync(join(root, file)))
      .digest('hex');
  }
  return inputs;
}

/** Every file the build produced under `root`, with its size in bytes. */
export function listOutputs(root: string): Record<string, number> {
  const outputs: Record<string, number> = {};
  for (const dir of OUTPUT_DIRS) {
    if (!existsSync(join(root, dir))) continue;
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(root, join(entry.parentPath, entry.name));
      if (path === BUILD_RECORD_FILE) continue;
      outputs[portable(path)] = statSync(join(root, path)).size;
    }
  }
  return outputs;
}

/** The record of the last successful build, or undefined when there is none (or it is unreadable). */
export function readBuildRecord(root: string): BuildRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(root, BUILD_RECORD_FILE), 'utf8')) as BuildRecord;
  } catch {
    return undefined;
  }
}

/** Writes the record of a build that just succeeded from the given inputs. */
export function writeBuildRecord(root: string, inputs: Record<string, string>): void {
  const record: BuildRecord = { inputs, outputs: listOutputs(root) };
  writeFileSync(join(root, BUILD_RECORD_FILE), `${JSON.stringify(record, null, 1)}\n`);
}

function summarise(kind: string, paths: string[]): string {
  const more = paths.length > 1 ? ` (and ${paths.length - 1} more)` : '';
  return `${kind} ${paths[0]}${more}`;
}

/**
 * Why the build under `root` must run again given its current inputs, or undefined when the
 * last build is still good: same input files with the same content, every output still there.
 */
export function whyRebuild(
  root: string,
  inputs: Record<string, string>,
  record: BuildRecord | undefined = readBuildRecord(root),
): string | undefined {
  if (!record) return 'no finished build yet';
  const changed = Object.keys(inputs).filter((path) => record.inputs[path] !== inputs[path]);
  const added = changed.filter((path) => !(path in record.inputs));
  const edited = changed.filter((path) => path in record.inputs);
  const removed = Object.keys(record.inputs).filter((path) => !(path in inputs));
  if (edited.length > 0) return summarise('changed:', edited);
  if (added.length > 0) return summarise('new file:', added);
  if (removed.length > 0) return summarise('deleted:', removed);
  const missing = Object.entries(record.outputs)
    .filter(([path, size]) => {
      try {
        return statSync(join(root, path)).size !== size;
      } catch {
        return true;
      }
    })
    .map(([path]) => path);
  if (missing.length > 0) return summarise('output missing or altered:', missing);
  return undefined;
}
