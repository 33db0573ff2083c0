// `npm run bench:overhead`: what tracing costs. The stack in four modes side by side, the modes
// alternated slice by slice over the rounds; prints one table and writes the figures as JSON.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { BENCH_USAGE, type BenchOptions, parseBenchOptions } from './bench-options';
import { type BenchStack, startBenchStack } from './bench-stack';
import { BENCH_MODES } from './modes';
import { type ScenarioSummary, summariseScenario } from './overhead-summary';
import { cpuTable, overheadTable } from './report-table';
import { runScenario } from './scenario-run';

function gitCommit(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'describe', '--always', '--dirty'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
}

async function main(options: BenchOptions): Promise<void> {
  const log = (line: string) => console.log(line);
  const started = new Date();
  log(`bench:overhead ${started.toISOString()} on ${machine()}, ${gitCommit(options.root)}`);
  const stacks: BenchStack[] = [];
  try {
    for (const mode of BENCH_MODES) stacks.push(await startBenchStack(mode, options.root));
    const summaries: ScenarioSummary[] = [];
    for (const scenario of options.scenarios) {
      log(`${scenario.id}:`);
      summaries.push(
        summariseScenario(scenario, await runScenario(scenario, stacks, options, log)),
      );
    }
    report(options, started, summaries, log);
  } finally {
    await Promise.all(stacks.map((stack) => stack.stop()));
  }
}

function report(
  options: BenchOptions,
  started: Date,
  summaries: ScenarioSummary[],
  log: (line: string) => void,
): void {
  log('');
  log(overheadTable(summaries));
  log('');
  log('CPU µs per request at saturation, per process:');
  log(cpuTable(summaries));
  log('');
  for (const mode of BENCH_MODES) log(`${mode.id}: ${mode.label}`);
  const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);
  log(
    `${options.rounds} rounds, ${options.connections} connections, saturation ` +
      `${options.saturationMs / 1000} s, latency ${options.latencyMs / 1000} s at ` +
      `${options.rateFraction} × the disabled peak; ${minutes} min`,
  );
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, `overhead-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = {
    date: started.toISOString(),
    machine: machine(),
    commit: gitCommit(options.root),
    options,
    modes: BENCH_MODES,
    scenarios: summaries,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  log(`JSON: ${file}`);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(BENCH_USAGE);
  process.exit(0);
}
let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${BENCH_USAGE}`);
  process.exit(2);
}
main(options).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
