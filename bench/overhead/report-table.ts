import type { ModeSummary, ScenarioSummary } from './overhead-summary';
import { SERVICE_NAMES } from '../../test/support/e2e-services';

const VIEWER = 'trace-viewer';

const ms = (micros: number, digits = 3) => (micros / 1000).toFixed(digits);
const signedMs = (micros: number) => `${micros >= 0 ? '+' : '−'}${ms(Math.abs(micros))}`;
const percent = (ratio: number) => {
  const change = (ratio - 1) * 100;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}%`;
};
const total = (cpu: Record<string, number>, names: readonly string[]) =>
  names.reduce((sum, name) => sum + (cpu[name] ?? 0), 0);

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

function mainRow(summary: ScenarioSummary, mode: ModeSummary): string[] {
  const baseline = mode.mode === 'disabled';
  return [
    summary.scenario,
    mode.mode,
    mode.throughput.toFixed(0),
    baseline
      ? ''
      : `${percent(mode.throughputRatio)} (${mode.throughputRatioRange.map(percent).join(' … ')})`,
    mode.rate.toFixed(0),
    ms(mode.latency.p50),
    ms(mode.latency.p99),
    baseline ? '' : signedMs(mode.addedPerHop.p50),
    baseline ? '' : signedMs(mode.addedPerHop.p99),
    total(mode.saturationCpu, SERVICE_NAMES).toFixed(0),
    (mode.saturationCpu[VIEWER] ?? 0).toFixed(0),
    baseline ? '' : percent(mode.cpuRatio),
    mode.spansPerSecond === undefined ? '' : mode.spansPerSecond.toFixed(0),
    mode.freshness ? `${ms(mode.freshness.p50, 0)} / ${ms(mode.freshness.p95, 0)}` : '',
  ];
}

/** The benchmark's table: every scenario in every mode, ratios and added latency per hop. */
export function overheadTable(summaries: ScenarioSummary[]): string {
  return markdownTable(
    [
      'scenario',
      'mode',
      'req/s',
      'vs disabled (rounds)',
      'at req/s',
      'p50 ms',
      'p99 ms',
      'p50 +/hop',
      'p99 +/hop',
      'CPU µs/req',
      'viewer µs/req',
      'CPU vs disabled',
      'spans/s',
      'queryable p50 / p95 ms',
    ],
    summaries.flatMap((summary) => summary.modes.map((mode) => mainRow(summary, mode))),
  );
}

/** CPU µs per request of each process at saturation: where the added cost lands. */
export function cpuTable(summaries: ScenarioSummary[]): string {
  return markdownTable(
    ['scenario', 'mode', ...SERVICE_NAMES, VIEWER],
    summaries.flatMap((summary) =>
      summary.modes.map((mode) => [
        summary.scenario,
        mode.mode,
        ...[...SERVICE_NAMES, VIEWER].map((name) => (mode.saturationCpu[name] ?? 0).toFixed(0)),
      ]),
    ),
  );
}
