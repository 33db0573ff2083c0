import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where one run of the stack keeps the stores' data, and the environment that says so. */
export interface RunState {
  dir: string;
  /** STOCK_JOURNAL_FILE and PGLITE_DATA_DIR for the apps (those already set are kept). */
  env: Record<string, string>;
  remove(): void;
}

/**
 * A fresh directory for this run's stock journal and PGlite files: a service stopped and started
 * again within the run carries on with its data, and the next `npm start` begins from the seed.
 */
export function createRunState(environment: NodeJS.ProcessEnv = process.env): RunState {
  const dir = mkdtempSync(join(tmpdir(), 'nest-otel-stack-'));
  const env: Record<string, string> = {};
  if (!environment.STOCK_JOURNAL_FILE) env.STOCK_JOURNAL_FILE = join(dir, 'stock-journal.jsonl');
  if (!environment.PGLITE_DATA_DIR) env.PGLITE_DATA_DIR = join(dir, 'pglite');
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
