import type { LatencySummary } from '@tools/load-generator';
import type { LatencyRate } from './latency-rate';
import { BASELINE_MODES, type BaselineMode } from './modes';
import type { BenchScenario } from './scenarios';
import type { ModeRun, ScenarioRun } from './scenario-run';

/** One mode against one baseline mode (the floor, or the untraced stack). */
export interface Comparison {
  /** This mode's throughput / the baseline's: pooled over the rounds, and the lowest and highest round's. */
  throughput: number;
  throughputRange: [number, number];
  /** This mode's CPU µs per request (every process) / the baseline's. */
  cpu: number;
  /** Per process, its CPU µs per request / the same process's in the baseline (none if it has none). */
  cpuByProcess: Record<string, number | undefined>;
  /** (this mode's latency percentile − the baseline's) / traced hops, µs. */
  addedPerHop: { p50: number; p99: number };
}

/** One mode's figures for one scenario, over every round. */
export interface ModeSummary {
  mode: ModeRun['mode'];
  /** Saturation throughput (req/s): all rounds' windows together, and each round's. */
  throughput: number;
  throughputPerRound: number[];
  /** The fixed arrival rate of the latency measurement (req/s). */
  rate: number;
  /** Latency at that rate, µs, pooled over the rounds. */
  latency: LatencySummary;
  /** CPU µs per request of each process, at saturation and at the fixed rate. */
  saturationCpu: Record<string, number>;
  latencyCpu: Record<string, number>;
  /** Every process's CPU µs per request at saturation together. */
  cpuPerRequest: number;
  /** Against each baseline. */
  vs: Record<BaselineMode, Comparison>;
  /** Spans the viewer received per second at saturation, and per request. */
  spansPerSecond?: number;
  spansPerRequest?: number;
  /** From a response's end until its whole trace is queryable, µs. */
  freshness?: LatencySummary & { missing: number };
}

/** Every mode of one scenario. */
export interface ScenarioSummary {
  scenario: string;
  tracedHops: number;
  spansPerRequest: number;
  /** The latency slices' arrival rate and the peak it is a fraction of. */
  rate: LatencyRate;
  modes: ModeSummary[];
}

function perRequest(cpu: Record<string, number>, requests: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(cpu).map(([app, micros]) => [app, micros / Math.max(1, requests)]),
  );
}

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

const throughputOf = (run: ModeRun) =>
  run.saturation.windowMs > 0 ? (run.saturation.ok * 1000) / run.saturation.windowMs : 0;

/** `run` against `baseline`: ratios of throughput and CPU, latency added per hop. */
export function compare(run: ModeRun, baseline: ModeRun, tracedHops: number): Comparison {
  const cpu = perRequest(run.saturation.cpu, run.saturation.requests);
  const baseCpu = perRequest(baseline.saturation.cpu, baseline.saturation.requests);
  const latency = run.latency.histogram.summary();
  const baseLatency = baseline.latency.histogram.summary();
  const roundRatios = run.saturation.perRound.map(
    (value, i) => value / baseline.saturation.perRound[i],
  );
  return {
    throughput: throughputOf(run) / throughputOf(baseline),
    throughputRange: [Math.min(...roundRatios), Math.max(...roundRatios)],
    cpu: sum(cpu) / sum(baseCpu),
    cpuByProcess: Object.fromEntries(
      Object.entries(cpu).map(([app, micros]) => [
        app,
        baseCpu[app] > 0 ? micros / baseCpu[app] : undefined,
      ]),
    ),
    addedPerHop: {
      p50: (latency.p50 - baseLatency.p50) / tracedHops,
      p99: (latency.p99 - baseLatency.p99) / tracedHops,
    },
  };
}

/** Turns one scenario's runs into figures, each mode against the floor and against `disabled`. */
export function summariseScenario(scenario: BenchScenario, run: ScenarioRun): ScenarioSummary {
  const baseline = (mode: BaselineMode) => {
    const found = run.runs.find((candidate) => candidate.mode === mode);
    if (!found) throw new Error(`${scenario.id}: baseline mode ${mode} was not measured`);
    return found;
  };
  const modes = run.runs.map((modeRun): ModeSummary => {
    const throughput = throughputOf(modeRun);
    const saturationCpu = perRequest(modeRun.saturation.cpu, modeRun.saturation.requests);
    return {
      mode: modeRun.mode,
      throughput,
      throughputPerRound: modeRun.saturation.perRound,
      rate: modeRun.latency.rate,
      latency: modeRun.latency.histogram.summary(),
      saturationCpu,
      latencyCpu: perRequest(modeRun.latency.cpu, modeRun.latency.requests),
      cpuPerRequest: sum(saturationCpu),
      vs: Object.fromEntries(
        BASELINE_MODES.map((mode) => [mode, compare(modeRun, baseline(mode), scenario.tracedHops)]),
      ) as Record<BaselineMode, Comparison>,
      spansPerSecond:
        modeRun.spansPerRequest === undefined ? undefined : modeRun.spansPerRequest * throughput,
      spansPerRequest: modeRun.spansPerRequest,
      freshness: modeRun.freshness && {
        ...modeRun.freshness.delays.summary(),
        missing: modeRun.freshness.missing,
      },
    };
  });
  return {
    scenario: scenario.id,
    tracedHops: scenario.tracedHops,
    spansPerRequest: scenario.spansPerRequest,
    rate: run.rate,
    modes,
  };
}
