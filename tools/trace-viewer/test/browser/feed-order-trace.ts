import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FedTrace, FeedOptions } from './otlp-trace.feeder';

const run = promisify(execFile);
const FEEDER = join(__dirname, 'otlp-trace.feeder.ts');

/** Feeds one create_order trace to the viewer from a child process and returns its ids. */
export async function feedOrderTraceInChild(
  otlpUrl: string,
  options: FeedOptions = {},
): Promise<FedTrace> {
  const args = [
    '--import',
    'tsx',
    FEEDER,
    otlpUrl,
    ...(options.outOfStock ? ['--out-of-stock'] : []),
  ];
  const { stdout } = await run(process.execPath, args, { timeout: 30_000 });
  return JSON.parse(stdout) as FedTrace;
}
