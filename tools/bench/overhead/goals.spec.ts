import { modeRun } from './bench-fixtures';
import { goalLines } from './goals';
import { summariseScenario } from './overhead-summary';
import { BENCH_SCENARIOS } from './scenarios';

const run = (mode: 'floor' | 'disabled' | 'full', reqPerSecond: number) =>
  modeRun({ mode, perRound: [reqPerSecond], cpuPerRequest: { 'api-gateway': 1 }, latencies: [1] });

describe(goalLines.name, () => {
  it('says which of issue 18’s targets each scenario met, and by how much it missed the others', () => {
    const summary = summariseScenario(BENCH_SCENARIOS[2], {
      rate: { rate: 1, fraction: 0.25, slowest: 'full', peak: 4 },
      runs: [run('floor', 100), run('disabled', 85), run('full', 55)],
    });

    expect(goalLines([summary])).toEqual([
      "POST /orders: disabled/floor 0.85 (goal ≥ 0.8: met); full/floor 0.55 (goal ≥ 0.6: missed by 0.05); tracing costs 35% of disabled's req/s (goal ≤ 25%: missed by 0.10)",
    ]);
  });
});
