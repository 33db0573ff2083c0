// `npm run bench:overhead`: what the project's libraries and tracing cost. The five services in
// each mode, and the floor (the same hops as plain Nest), the modes alternated slice by slice over
// the rounds, only the stack under measurement running; prints the tables and writes the figures
// as JSON.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runBenchCommand } from '../cli/run-bench-command';
import { BENCH_USAGE, type BenchOptions, parseBenchOptions } from './bench-options';
import { BenchProgress } from './bench-progress';
import { type BenchStack, startBenchStack } from './bench-stack';
import { buildForBench } from './build-checkout';
import { goalLines } from './goals';
import { type ScenarioSummary, summariseScenario } from './overhead-summary';
import { cpuTable, latencyTable, throughputTable } from './report-table';
import { estimatedMinutes } from './run-estimate';
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

/**
 * Ctrl-C (or a kill) stops every stack before the benchmark exits. A stopped (SIGSTOP) process
 * would otherwise hold the terminal's SIGINT unhandled for ever, and its ports with it.
 */
function stopOnSignal(stacks: readonly BenchStack[]): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping every stack`);
      void Promise.all(stacks.map((stack) => stack.stop())).finally(() => process.exit(code));
    });
  }
}

async function main(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  buildForBench(options.root);
  const started = new Date();
  const progress = new BenchProgress();
  console.log(
    `bench:overhead ${started.toISOString()} on ${machine()}, ${gitCommit(options.root)}; ` +
      `${options.modes.length} modes × ${options.scenarios.length} scenarios, about ${estimatedMinutes(options)} min`,
  );
  const stacks: BenchStack[] = [];
  stopOnSignal(stacks);
  try {
    for (const mode of options.modes) {
      stacks.push(await startBenchStack(mode, options.root));
      progress.log(`started ${mode.id}`);
    }
    const summaries: ScenarioSummary[] = [];
    for (const scenario of options.scenarios) {
      progress.log(`${scenario.id}:`);
      summaries.push(
        summariseScenario(scenario, await runScenario(scenario, stacks, options, progress)),
      );
    }
    for (const stack of stacks) stack.pause.resume();
    report(options, started, summaries, stacks, progress);
  } finally {
    await Promise.all(stacks.map((stack) => stack.stop()));
  }
}

function report(
  options: BenchOptions,
  started: Date,
  summaries: ScenarioSummary[],
  stacks: readonly BenchStack[],
  progress: BenchProgress,
): void {
  const log = (line = '') => console.log(line);
  log();
  log(
    `bench:overhead, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine()}, ${gitCommit(options.root)}`,
  );
  log();
  log(`Saturation, ${options.connections} connections: req/s and CPU per request, each as a ratio`);
  log(
    `to the floor's and to disabled's (req/s pooled; the lowest–highest round's ratio beside it):`,
  );
  log(throughputTable(summaries));
  log();
  const rates = summaries.map(
    ({ scenario, rate }) =>
      `${scenario} at ${rate.rate.toFixed(1)} req/s (${rate.fraction} × ${rate.slowest}'s ${rate.peak.toFixed(1)})`,
  );
  log(
    `Latency at a fixed arrival rate, ${options.rateFraction} of the slowest mode's peak: ${rates.join('; ')};`,
  );
  log('what each mode adds per traced hop to the floor and to disabled:');
  log(latencyTable(summaries));
  log();
  log(`CPU µs per request at saturation, per process (µs, × the floor's, × disabled's):`);
  log(cpuTable(summaries));
  log();
  for (const line of goalLines(summaries)) log(line);
  log();
  const pausedCpu = stacks.reduce((sum, stack) => sum + stack.pause.cpuWhilePausedMicros, 0);
  const pausedMs = stacks.reduce((sum, stack) => sum + stack.pause.pausedMs, 0);
  const wallMs = Date.now() - started.getTime();
  log(
    `Only the stack under measurement ran: the others were stopped (SIGSTOP), ` +
      `${(pausedMs / 1000).toFixed(0)} stack-seconds in all, and used ${(pausedCpu / 1000).toFixed(0)} ms ` +
      `of CPU together (${((pausedCpu / 1000 / wallMs) * 100).toFixed(2)}% of a core over the run).`,
  );
  for (const mode of options.modes) log(`${mode.id}: ${mode.label}`);
  log(
    `${options.rounds} rounds, saturation ${options.saturationMs / 1000} s, latency ` +
      `${options.latencyMs / 1000} s, warm-up ${options.warmupMs / 1000} s per mode; ${progress.minutes()} min`,
  );
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, `overhead-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = {
    date: started.toISOString(),
    machine: machine(),
    commit: gitCommit(options.root),
    options: { ...options, modes: options.modes.map(({ id }) => id) },
    modes: options.modes,
    pausedStacks: { cpuMicros: pausedCpu, pausedMs },
    scenarios: summaries,
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  log(`JSON: ${file}`);
}

runBenchCommand({ name: 'bench:overhead', usage: BENCH_USAGE, main });
