import type { ModeSummary, ScenarioSummary } from './overhead-summary';
import { BASELINE_MODES, type BaselineMode } from './modes';
import { SERVICE_NAMES } from '@app/topology';

const VIEWER = 'trace-viewer';
const PROCESSES = [...SERVICE_NAMES, VIEWER];

const ms = (micros: number, digits = 3) => (micros / 1000).toFixed(digits);
const signedMs = (micros: number) => `${micros >= 0 ? '+' : '−'}${ms(Math.abs(micros))}`;
const ratio = (value: number) => value.toFixed(2);
const times = (value: number | undefined) => (value === undefined ? '—' : `×${value.toFixed(2)}`);

/** Lays rows out as a Markdown table with padded columns, so it reads in a terminal too. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** One cell per baseline; blank where the mode is that baseline. */
function againstBaselines(mode: ModeSummary, cell: (baseline: BaselineMode) => string): string[] {
  return BASELINE_MODES.map((baseline) => (mode.mode === baseline ? '' : cell(baseline)));
}

function rows(
  summaries: ScenarioSummary[],
  row: (mode: ModeSummary, summary: ScenarioSummary) => string[],
): string[][] {
  return summaries.flatMap((summary) =>
    summary.modes.map((mode) => [summary.scenario, mode.mode, ...row(mode, summary)]),
  );
}

/**
 * Saturation: req/s and CPU per request of every mode, each as a ratio to the floor's and to
 * `disabled`'s (req/s pooled over the rounds, the lowest and highest round's ratio beside it).
 */
export function throughputTable(summaries: ScenarioSummary[]): string {
  return markdownTable(
    [
      'scenario',
      'mode',
      'req/s',
      ...BASELINE_MODES.map((baseline) => `req/s vs ${baseline} (rounds)`),
      'CPU µs/req',
      ...BASELINE_MODES.map((baseline) => `CPU vs ${baseline}`),
      'spans/s',
    ],
    rows(summaries, (mode) => [
      mode.throughput.toFixed(0),
      ...againstBaselines(mode, (baseline) => {
        const { throughput, throughputRange } = mode.vs[baseline];
        return `${ratio(throughput)} (${throughputRange.map(ratio).join('–')})`;
      }),
      mode.cpuPerRequest.toFixed(0),
      ...againstBaselines(mode, (baseline) => times(mode.vs[baseline].cpu)),
      mode.spansPerSecond === undefined ? '' : mode.spansPerSecond.toFixed(0),
    ]),
  );
}

/** Latency at the fixed arrival rate, and what each mode adds per traced hop to each baseline's. */
export function latencyTable(summaries: ScenarioSummary[]): string {
  return markdownTable(
    [
      'scenario',
      'mode',
      'at req/s',
      'p50 ms',
      'p99 ms',
      ...BASELINE_MODES.map((baseline) => `p50 +/hop vs ${baseline}`),
      ...BASELINE_MODES.map((baseline) => `p99 +/hop vs ${baseline}`),
      'queryable p50 / p95 ms',
    ],
    rows(summaries, (mode) => [
      mode.rate.toFixed(1),
      ms(mode.latency.p50),
      ms(mode.latency.p99),
      ...againstBaselines(mode, (baseline) => signedMs(mode.vs[baseline].addedPerHop.p50)),
      ...againstBaselines(mode, (baseline) => signedMs(mode.vs[baseline].addedPerHop.p99)),
      mode.freshness ? `${ms(mode.freshness.p50, 0)} / ${ms(mode.freshness.p95, 0)}` : '',
    ]),
  );
}

/**
 * CPU µs per request of each process at saturation, where the cost lands: each cell is the µs,
 * then × the same process's in the floor and × in `disabled` (— where that one has none).
 */
export function cpuTable(summaries: ScenarioSummary[]): string {
  return markdownTable(
    ['scenario', 'mode', ...PROCESSES],
    rows(summaries, (mode) =>
      PROCESSES.map((name) => {
        const micros = mode.saturationCpu[name];
        if (micros === undefined) return '';
        const ratios = BASELINE_MODES.map((baseline) =>
          times(mode.vs[baseline].cpuByProcess[name]),
        );
        return [micros.toFixed(0), ...ratios].join(' ');
      }),
    ),
  );
}
