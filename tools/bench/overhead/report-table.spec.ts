import { modeRun } from './bench-fixtures';
import { summariseScenario } from './overhead-summary';
import { cpuTable, latencyTable, markdownTable, throughputTable } from './report-table';
import { BENCH_SCENARIOS } from './scenarios';

const summary = summariseScenario(BENCH_SCENARIOS[0], {
  rate: { rate: 100, fraction: 0.25, slowest: 'disabled', peak: 400 },
  runs: [
    modeRun({
      mode: 'floor',
      perRound: [800, 1000],
      cpuPerRequest: { 'api-gateway': 500, 'user-service': 500 },
      latencies: [1_000],
      rate: 100,
    }),
    modeRun({
      mode: 'disabled',
      perRound: [400, 400],
      cpuPerRequest: { 'api-gateway': 1000, 'user-service': 750 },
      latencies: [1_800],
      rate: 100,
    }),
  ],
});

/** The cells of the table's row for `mode`. */
function row(table: string, mode: string): string[] {
  const line = table.split('\n').find((candidate) => candidate.includes(`| ${mode} `))!;
  return line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('bench:overhead tables', () => {
  it('lays out a Markdown table with padded columns', () => {
    expect(markdownTable(['a', 'bb'], [['ccc', 'd']])).toBe(
      ['| a   | bb |', '|-----|----|', '| ccc | d  |'].join('\n'),
    );
  });

  it('shows req/s and CPU against the floor and against disabled, blank against itself', () => {
    const table = throughputTable([summary]);

    expect(table.split('\n')[0]).toContain('req/s vs floor (rounds) | req/s vs disabled (rounds)');
    expect(row(table, 'floor')).toEqual([
      'GET /users/123',
      'floor',
      '900',
      '',
      '2.25 (2.00–2.50)',
      '1000',
      '',
      '×0.57',
      '',
    ]);
    expect(row(table, 'disabled')).toEqual([
      'GET /users/123',
      'disabled',
      '400',
      '0.44 (0.40–0.50)',
      '',
      '1750',
      '×1.75',
      '',
      '',
    ]);
  });

  it('shows the latency each mode adds per traced hop to each baseline', () => {
    const cells = row(latencyTable([summary]), 'disabled');

    expect(cells.slice(2, 5)).toEqual(['100.0', '1.800', '1.800']);
    // (1.8 ms − 1 ms) over GET /users/123's two traced hops.
    expect(cells[5]).toBe('+0.400');
    expect(cells[6]).toBe('');
  });

  it('gives each process its µs per request, × the floor’s and × disabled’s', () => {
    const cells = row(cpuTable([summary]), 'disabled');

    expect(cells.slice(2, 4)).toEqual(['1000 ×2.00 ×1.00', '750 ×1.50 ×1.00']);
  });
});
