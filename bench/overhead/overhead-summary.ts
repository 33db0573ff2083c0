import type { LatencySummary } from '@app/load';
import type { BenchScenario } from './scenarios';
import type { ModeRun } from './scenario-run';

/** One mode's figures for one scenario, over every round. */
export interface ModeSummary {
  mode: ModeRun['mode'];
  /** Saturation throughput (req/s): all rounds' windows together, and each round's. */
  throughput: number;
  throughputPerRound: number[];
  /** This mode's throughput / the disabled mode's: pooled, and the lowest and highest round's. */
  throughputRatio: number;
  throughputRatioRange: [number, number];
  /** The fixed arrival rate of the latency measurement (req/s). */
  rate: number;
  /** Latency at that rate, µs, pooled over the rounds. */
  latency: LatencySummary;
  /** (this mode's percentile − the disabled mode's) / traced hops, µs. */
  addedPerHop: { p50: number; p99: number };
  /** CPU µs per request of each process, at saturation and at the fixed rate. */
  saturationCpu: Record<string, number>;
  latencyCpu: Record<string, number>;
  /** Every process's CPU µs per request at saturation together, and / the disabled mode's. */
  cpuPerRequest: number;
  cpuRatio: number;
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
  modes: ModeSummary[];
}

function perRequest(cpu: Record<string, number>, requests: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(cpu).map(([app, micros]) => [app, micros / Math.max(1, requests)]),
  );
}

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

/** Turns one scenario's runs into figures: ratios and added latency against the disabled mode. */
export function summariseScenario(scenario: BenchScenario, runs: ModeRun[]): ScenarioSummary {
  const disabled = runs.find((run) => run.mode === 'disabled')!;
  const throughputOf = (run: ModeRun) => (run.saturation.ok * 1000) / run.saturation.windowMs;
  const disabledLatency = disabled.latency.histogram.summary();
  const disabledCpu = sum(perRequest(disabled.saturation.cpu, disabled.saturation.requests));
  const modes = runs.map((run): ModeSummary => {
    const latency = run.latency.histogram.summary();
    const throughput = throughputOf(run);
    const saturationCpu = perRequest(run.saturation.cpu, run.saturation.requests);
    const roundRatios = run.saturation.perRound.map(
      (value, i) => value / disabled.saturation.perRound[i],
    );
    return {
      mode: run.mode,
      throughput,
      throughputPerRound: run.saturation.perRound,
      throughputRatio: throughput / throughputOf(disabled),
      throughputRatioRange: [Math.min(...roundRatios), Math.max(...roundRatios)],
      rate: run.latency.rate,
      latency,
      addedPerHop: {
        p50: (latency.p50 - disabledLatency.p50) / scenario.tracedHops,
        p99: (latency.p99 - disabledLatency.p99) / scenario.tracedHops,
      },
      saturationCpu,
      latencyCpu: perRequest(run.latency.cpu, run.latency.requests),
      cpuPerRequest: sum(saturationCpu),
      cpuRatio: sum(saturationCpu) / disabledCpu,
      spansPerSecond:
        run.spansPerRequest === undefined ? undefined : run.spansPerRequest * throughput,
      spansPerRequest: run.spansPerRequest,
      freshness: run.freshness && {
        ...run.freshness.delays.summary(),
        missing: run.freshness.missing,
      },
    };
  });
  return {
    scenario: scenario.id,
    tracedHops: scenario.tracedHops,
    spansPerRequest: scenario.spansPerRequest,
    modes,
  };
}
