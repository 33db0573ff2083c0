import type { ScenarioSummary } from './overhead-summary';

/** Issue 18's targets, as ratios of saturation throughput. */
export const GOALS = {
  /** The untraced stack serves at least this share of the floor's requests per second. */
  disabledVsFloor: 0.8,
  /** `npm start`'s defaults serve at least this share of the floor's. */
  fullVsFloor: 0.6,
  /** Tracing (`full` against `disabled`) costs at most this share of the untraced throughput. */
  tracingCost: 0.25,
};

function verdict(measured: number, goal: number, atLeast: boolean): string {
  const met = atLeast ? measured >= goal : measured <= goal;
  return met ? 'met' : `missed by ${Math.abs(measured - goal).toFixed(2)}`;
}

/** One line per scenario: each target, what was measured and whether it was met. */
export function goalLines(summaries: ScenarioSummary[]): string[] {
  return summaries.flatMap((summary) => {
    const full = summary.modes.find(({ mode }) => mode === 'full');
    const disabled = summary.modes.find(({ mode }) => mode === 'disabled');
    if (!disabled) return [];
    const parts = [
      `disabled/floor ${disabled.vs.floor.throughput.toFixed(2)} (goal ≥ ${GOALS.disabledVsFloor}: ${verdict(disabled.vs.floor.throughput, GOALS.disabledVsFloor, true)})`,
    ];
    if (full) {
      const cost = 1 - full.vs.disabled.throughput;
      parts.push(
        `full/floor ${full.vs.floor.throughput.toFixed(2)} (goal ≥ ${GOALS.fullVsFloor}: ${verdict(full.vs.floor.throughput, GOALS.fullVsFloor, true)})`,
        `tracing costs ${(cost * 100).toFixed(0)}% of disabled's req/s (goal ≤ ${GOALS.tracingCost * 100}%: ${verdict(cost, GOALS.tracingCost, false)})`,
      );
    }
    return [`${summary.scenario}: ${parts.join('; ')}`];
  });
}
