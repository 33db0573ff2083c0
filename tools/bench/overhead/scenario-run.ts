import { LatencyHistogram } from '@tools/load-generator';
import type { BenchOptions } from './bench-options';
import type { BenchProgress } from './bench-progress';
import type { BenchStack } from './bench-stack';
import { type FreshnessResult, measureFreshness } from './freshness';
import { type LatencyRate, latencyRate } from './latency-rate';
import { measureAlone } from './measure-alone';
import { latencySlice, throughputSlice } from './measure-slice';
import { type BenchMode, modesForRound } from './modes';
import { sampleCpu } from './process-cpu';
import { measureSaturation } from './saturation';
import type { BenchScenario } from './scenarios';
import { settledSpanCount } from './viewer-probe';

/** Each slice's lead-in: every connection busy (or the rate steady) before counting starts. */
const LEAD_MS = 1_000;

/** CPU µs per process over a phase, and the requests the stack served in it. */
export interface PhaseCpu {
  cpu: Record<string, number>;
  requests: number;
}

/** Everything measured for one scenario in one mode, over every round. */
export interface ModeRun {
  mode: BenchMode['id'];
  /** Saturation: 2xx responses and window time summed over the rounds, and each round's req/s. */
  saturation: { ok: number; windowMs: number; perRound: number[] } & PhaseCpu;
  /** At the fixed rate: latencies pooled over the rounds. */
  latency: { rate: number; histogram: LatencyHistogram } & PhaseCpu;
  /** Spans the viewer received per request sent at saturation (the mode that exports). */
  spansPerRequest?: number;
  freshness?: FreshnessResult;
}

/** One scenario's runs, and the arrival rate its latency slices used. */
export interface ScenarioRun {
  runs: ModeRun[];
  rate: LatencyRate;
}

function emptyRun(mode: BenchMode['id']): ModeRun {
  return {
    mode,
    saturation: { ok: 0, windowMs: 0, perRound: [], cpu: {}, requests: 0 },
    latency: { rate: 0, histogram: new LatencyHistogram(), cpu: {}, requests: 0 },
  };
}

/**
 * CPU is read per stack around a whole phase (every round, lead-ins and the wait for the last
 * span batches included) rather than per window: work a process defers, such as exporting a
 * batch, then counts against the mode that caused it, whenever it runs. Stacks are paused outside
 * their own slices, so the phase's CPU is their slices' alone.
 */
class CpuMeter {
  private readonly start: Map<BenchStack, Record<string, number>>;
  private end = new Map<BenchStack, Record<string, number>>();

  constructor(private readonly stacks: readonly BenchStack[]) {
    this.start = new Map(stacks.map((stack) => [stack, sampleCpu(stack.pids)]));
  }

  /** Marks the phase's end (again, if called again). */
  stop(): void {
    this.end = new Map(this.stacks.map((stack) => [stack, sampleCpu(stack.pids)]));
  }

  /** CPU µs per process of `stack` between the start and the last `stop()`. */
  spent(stack: BenchStack): Record<string, number> {
    const start = this.start.get(stack)!;
    const end = this.end.get(stack)!;
    return Object.fromEntries(Object.keys(end).map((app) => [app, end[app] - start[app]]));
  }
}

/**
 * Measures one scenario on every stack, each alone while it is measured: a warm-up of each, then
 * `rounds` rounds of saturation slices with the modes in a rotating order, then as many rounds of
 * latency slices at a fraction of the slowest mode's throughput, then how soon the exporting
 * mode's traces are queryable.
 */
export async function runScenario(
  scenario: BenchScenario,
  stacks: readonly BenchStack[],
  options: BenchOptions,
  progress: BenchProgress,
): Promise<ScenarioRun> {
  const runs = new Map(stacks.map((stack) => [stack, emptyRun(stack.mode.id)]));
  const viewerStack = stacks.find((stack) => stack.viewerUrl);
  const settledSpans = async (meter?: CpuMeter) => {
    if (!viewerStack?.viewerUrl) {
      meter?.stop();
      return 0;
    }
    const { viewerUrl } = viewerStack;
    return measureAlone(viewerStack, () =>
      settledSpanCount(viewerUrl, options.settleMs, () => meter?.stop()),
    );
  };

  for (const stack of stacks) {
    await measureAlone(stack, () =>
      measureSaturation(stack.gatewayUrl, scenario.request, options.connections, {
        leadMs: options.warmupMs,
        windowMs: 0,
      }),
    );
  }
  progress.log(`  warmed up: ${stacks.map((stack) => stack.mode.id).join(', ')}`);
  const spansBefore = await settledSpans();
  let meter = new CpuMeter(stacks);
  for (let round = 0; round < options.rounds; round++) {
    const line: string[] = [];
    for (const stack of modesForRound(stacks, round)) {
      const slice = await measureAlone(stack, () =>
        throughputSlice(stack, scenario, options, LEAD_MS),
      );
      const { saturation } = runs.get(stack)!;
      const perSecond = (slice.ok * 1000) / slice.windowMs;
      saturation.ok += slice.ok;
      saturation.windowMs += slice.windowMs;
      saturation.requests += slice.responses;
      saturation.perRound.push(perSecond);
      line.push(`${stack.mode.id} ${perSecond.toFixed(1)}`);
    }
    progress.log(`  saturation, round ${round + 1}/${options.rounds}: ${line.join(', ')} req/s`);
  }
  const spansAfter = await settledSpans(meter);
  for (const [stack, run] of runs) run.saturation.cpu = meter.spent(stack);
  if (viewerStack) {
    const { saturation } = runs.get(viewerStack)!;
    runs.get(viewerStack)!.spansPerRequest = (spansAfter - spansBefore) / saturation.requests;
  }

  const rate = latencyRate([...runs.values()], options.rateFraction);
  meter = new CpuMeter(stacks);
  for (let round = 0; round < options.rounds; round++) {
    const line: string[] = [];
    for (const stack of modesForRound(stacks, round)) {
      const slice = await measureAlone(stack, () =>
        latencySlice(stack, scenario, options, rate.rate, LEAD_MS),
      );
      const { latency } = runs.get(stack)!;
      latency.rate = rate.rate;
      latency.histogram.add(slice.result.latency);
      latency.requests += slice.sent;
      line.push(`${stack.mode.id} ${(slice.result.latency.percentile(50) / 1000).toFixed(3)}`);
    }
    progress.log(
      `  at ${rate.rate.toFixed(1)} req/s, round ${round + 1}/${options.rounds}: p50 ${line.join(', ')} ms`,
    );
  }
  await settledSpans(meter);
  for (const [stack, run] of runs) run.latency.cpu = meter.spent(stack);

  if (viewerStack?.viewerUrl) {
    const { viewerUrl } = viewerStack;
    runs.get(viewerStack)!.freshness = await measureAlone(viewerStack, () =>
      measureFreshness(
        viewerStack.gatewayUrl,
        viewerUrl,
        scenario.request,
        scenario.spansPerRequest,
        rate.rate,
        options.freshnessMs,
      ),
    );
    progress.log(`  freshness probed on ${viewerStack.mode.id}`);
  }
  return { runs: [...runs.values()], rate };
}
