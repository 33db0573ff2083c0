// `npm run bench:viewer`: the trace viewer benchmark (measure-viewer.ts), in this one process.
import { spawnSync } from 'node:child_process';
import { parseBenchArgs } from '../cli/parse-bench-args';
import { runBenchCommand } from '../cli/run-bench-command';

const USAGE = `usage: npm run bench:viewer [-- --help]
  Measures the built-in trace viewer in this one process, about two minutes: OTLP ingest
  throughput, resident memory per stored span with 1,000,000 spans stored, query latency over
  HTTP. Takes no options; prints figures only.`;

async function main(argv: string[]): Promise<void> {
  parseBenchArgs({ args: argv, options: {} });
  if (!(globalThis as { gc?: unknown }).gc) {
    // Memory figures need --expose-gc; re-run this same script with it.
    const result = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename], {
      stdio: 'inherit',
    });
    process.exitCode = result.status ?? 1;
    return;
  }
  // Loaded only to measure: the viewer's modules take a while to load, and --help need not wait.
  const { measureViewer } = await import('./measure-viewer');
  await measureViewer();
}

runBenchCommand({ name: 'bench:viewer', usage: USAGE, main });
