import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../stack/stack-apps';
import { BenchUsageError } from '../cli/bench-usage.error';
import { parseBenchArgs, positiveOption } from '../cli/parse-bench-args';
import { BASELINE_MODES, BENCH_MODES, type BenchMode } from './modes';
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
  /** The fixed arrival rate, as a fraction of the slowest mode's saturation throughput. */
  rateFraction: number;
  scenarios: readonly BenchScenario[];
  /** The modes measured, in BENCH_MODES' order; the baselines are always among them. */
  modes: readonly BenchMode[];
  /** The checkout whose build is measured: this one, or e.g. a baseline built elsewhere. */
  root: string;
  /** Where the JSON goes. */
  outDir: string;
}

/**
 * The highest arrival rate the latency measurement may use, as a fraction of the slowest mode's
 * peak: above it, a mode near its limit queues, and latency measures the queue, not the tracing.
 */
export const MAX_RATE_FRACTION = 0.25;

const DEFAULTS = {
  rounds: '4',
  connections: '16',
  warmup: '5',
  saturation: '3',
  latency: '3',
  freshness: '5',
  settle: '2',
  'rate-fraction': String(MAX_RATE_FRACTION),
  scenarios: 'get-user,create-order',
};

export const BENCH_USAGE = `usage: npm run bench:overhead -- [options]
  --modes <a,b,…>        modes to measure (default all: ${BENCH_MODES.map(({ id }) => id).join(',')});
                         ${BASELINE_MODES.join(' and ')} are always measured: every figure is compared with both
  --scenarios <a,b,…>    ${BENCH_SCENARIOS.map(({ key }) => key).join(', ')} (default ${DEFAULTS.scenarios})
  --rounds <n>           rounds, the modes alternated in each (default ${DEFAULTS.rounds})
  --connections <n>      connections of the saturation measurement (default ${DEFAULTS.connections})
  --warmup <s>           warm-up of each mode, per scenario (default ${DEFAULTS.warmup})
  --saturation <s>       counted window of each saturation slice (default ${DEFAULTS.saturation})
  --latency <s>          each latency slice at the fixed arrival rate (default ${DEFAULTS.latency})
  --rate-fraction <f>    that rate, as a fraction of the slowest mode's peak, at most ${MAX_RATE_FRACTION} (default ${DEFAULTS['rate-fraction']})
  --freshness <s>        probing how soon traces are queryable (default ${DEFAULTS.freshness})
  --settle <s>           wait for the last span batches before counting spans (default ${DEFAULTS.settle})
  --root <dir>           the built checkout to measure (default this one)
  --out <dir>            where the JSON goes (default tools/bench/results)
  --help                 this text
durations in seconds. A short run while iterating:
  npm run bench:overhead -- --modes disabled,full --scenarios get-user --rounds 2 --warmup 3`;

function pick<T extends { key?: string; id?: string }>(
  option: string,
  list: string,
  all: readonly T[],
  keyOf: (item: T) => string,
): T[] {
  const picked = list.split(',').map((key) => {
    const item = all.find((candidate) => keyOf(candidate) === key.trim());
    if (!item) {
      throw new BenchUsageError(
        `--${option}: unknown "${key}" (one of ${all.map(keyOf).join(', ')})`,
      );
    }
    return item;
  });
  return all.filter((item) => picked.includes(item));
}

/** Reads the words after `npm run bench:overhead --`; BenchUsageError names what is wrong. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseBenchArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: DEFAULTS.rounds },
      connections: { type: 'string', default: DEFAULTS.connections },
      warmup: { type: 'string', default: DEFAULTS.warmup },
      saturation: { type: 'string', default: DEFAULTS.saturation },
      latency: { type: 'string', default: DEFAULTS.latency },
      freshness: { type: 'string', default: DEFAULTS.freshness },
      settle: { type: 'string', default: DEFAULTS.settle },
      'rate-fraction': { type: 'string', default: DEFAULTS['rate-fraction'] },
      scenarios: { type: 'string', default: DEFAULTS.scenarios },
      modes: { type: 'string', default: BENCH_MODES.map(({ id }) => id).join(',') },
      root: { type: 'string', default: PROJECT_ROOT },
      out: { type: 'string', default: resolve(PROJECT_ROOT, 'tools', 'bench', 'results') },
    },
  });
  const seconds = (name: keyof typeof DEFAULTS) => positiveOption(name, values[name]) * 1000;
  const rateFraction = positiveOption('rate-fraction', values['rate-fraction']);
  if (rateFraction > MAX_RATE_FRACTION) {
    throw new BenchUsageError(
      `--rate-fraction must be at most ${MAX_RATE_FRACTION} (latency near a mode's peak measures its queue), got ${rateFraction}`,
    );
  }
  const modes = pick(
    'modes',
    [...BASELINE_MODES, values.modes].join(','),
    BENCH_MODES,
    ({ id }) => id,
  );
  return {
    rounds: positiveOption('rounds', values.rounds, true),
    connections: positiveOption('connections', values.connections, true),
    warmupMs: seconds('warmup'),
    saturationMs: seconds('saturation'),
    latencyMs: seconds('latency'),
    freshnessMs: seconds('freshness'),
    settleMs: seconds('settle'),
    rateFraction,
    scenarios: pick('scenarios', values.scenarios, BENCH_SCENARIOS, ({ key }) => key),
    modes,
    root: resolve(values.root),
    outDir: resolve(values.out),
  };
}
