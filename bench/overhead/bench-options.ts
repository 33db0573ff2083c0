import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../scripts/stack/stack-apps';
import { BENCH_SCENARIOS, type BenchScenario } from './scenarios';

/** How long and how hard `npm run bench:overhead` measures. */
export interface BenchOptions {
  rounds: number;
  /** Connections of the saturation (closed-loop) measurement. */
  connections: number;
  warmupMs: number;
  saturationMs: number;
  latencyMs: number;
  freshnessMs: number;
  /** How long the last span batches get to reach the viewer before spans are counted. */
  settleMs: number;
  /** The fixed arrival rate, as a fraction of the disabled mode's saturation throughput. */
  rateFraction: number;
  scenarios: readonly BenchScenario[];
  /** The checkout whose build is measured: this one, or e.g. a baseline built elsewhere. */
  root: string;
  /** Where the JSON goes. */
  outDir: string;
}

export const BENCH_USAGE = `usage: npm run bench:overhead -- [--rounds 4] [--connections 16] [--warmup 10]
         [--saturation 4] [--latency 5] [--freshness 5] [--settle 6] [--rate-fraction 0.5]
         [--scenarios get-user,get-order,create-order] [--root <built checkout>] [--out <dir>]
       durations in seconds`;

function positive(name: string, raw: string, integer = false): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} needs a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
}

/** Parses the words after `npm run bench:overhead --`. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: '4' },
      connections: { type: 'string', default: '16' },
      warmup: { type: 'string', default: '10' },
      saturation: { type: 'string', default: '4' },
      latency: { type: 'string', default: '5' },
      freshness: { type: 'string', default: '5' },
      settle: { type: 'string', default: '6' },
      'rate-fraction': { type: 'string', default: '0.5' },
      scenarios: { type: 'string', default: BENCH_SCENARIOS.map(({ key }) => key).join(',') },
      root: { type: 'string', default: PROJECT_ROOT },
      out: { type: 'string', default: resolve(PROJECT_ROOT, 'bench', 'results') },
    },
  });
  const scenarios = values.scenarios.split(',').map((key) => {
    const scenario = BENCH_SCENARIOS.find((candidate) => candidate.key === key);
    if (!scenario) throw new Error(`unknown scenario "${key}"`);
    return scenario;
  });
  const seconds = (name: keyof typeof values) => positive(name, String(values[name])) * 1000;
  return {
    rounds: positive('rounds', values.rounds, true),
    connections: positive('connections', values.connections, true),
    warmupMs: seconds('warmup'),
    saturationMs: seconds('saturation'),
    latencyMs: seconds('latency'),
    freshnessMs: seconds('freshness'),
    settleMs: seconds('settle'),
    rateFraction: positive('rate-fraction', values['rate-fraction']),
    scenarios,
    root: resolve(values.root),
    outDir: resolve(values.out),
  };
}
