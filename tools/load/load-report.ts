import type { LoadProgress, LoadSummary } from './load-run';
import type { NotableRequest } from './load-recorder';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
// Measured figures always carry their one decimal, so a run's summary has the same shape each time.
const tenths = (value: number) => value.toFixed(1);

/** One progress line: elapsed, sent, the rate so far, answers still due, failures. */
export function progressLine({
  elapsedMs,
  sent,
  settled,
  failed,
  meantToFail,
}: LoadProgress): string {
  // The first request leaves at 0 s: n requests span n - 1 intervals.
  const rate = elapsedMs > 0 && sent > 1 ? ((sent - 1) * 1000) / elapsedMs : 0;
  return (
    `${seconds(elapsedMs)}  sent ${sent}  rate ${rate.toFixed(1)}/s  in flight ${sent - settled}  ` +
    `failed ${failed}  meant to fail ${meantToFail}`
  );
}

function describeRestock(restock: LoadSummary['restock']): string {
  switch (restock.status) {
    case 'not-needed':
      return 'restock: not needed (no order scenario in the mix)';
    case 'restocked':
      return `restock: ok (${restock.products
        .map(
          ({ productId, added, available }) => `product ${productId} +${added}, now ${available}`,
        )
        .join('; ')})`;
    case 'failed':
      return (
        `restock: FAILED, ${restock.reason}. The run goes on with the stock there is: ` +
        'once it is gone, orders answer 409 and count as failures.'
      );
  }
}

function describeWarmup({ target, warmup }: LoadSummary): string {
  if (!warmup) return 'warm-up: none: a cold stack answers its first seconds slowly';
  const failed = warmup.failed > 0 ? `, ${warmup.failed} of them failed` : '';
  const orders = warmup.withoutOrders ? ', no orders among them (no stock was added)' : '';
  return (
    `warm-up: ${seconds(warmup.durationMs)} ramping up to ${target.rate}/s, ` +
    `${warmup.sent} requests not counted${failed}${orders} (--no-warmup skips it)`
  );
}

/** The viewer's Stats page for the run's window, slowest p99 first. */
export function statsLink({ window }: LoadSummary, viewerUrl: string): string {
  return `${viewerUrl}/stats?since=${window.sinceMs}&until=${window.untilMs}&sort=p99`;
}

function request(entry: NotableRequest, viewerUrl: string): string {
  const outcome = entry.status !== undefined ? `HTTP ${entry.status}` : entry.error;
  return `  ${entry.latencyMs.toFixed(1).padStart(8)} ms  ${entry.scenario.padEnd(13)} ${outcome}  ${viewerUrl}/trace/${entry.traceId}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const last = widths.length - 1;
  const align = (cell: string, column: number) =>
    column === 0 || column === last ? cell.padEnd(widths[column]) : cell.padStart(widths[column]);
  return rows.map((row) => `  ${row.map(align).join('  ')}`.trimEnd());
}

/** The run's scenarios in the order its mix names them, not the order their first answers came. */
function inMixOrder({ scenarios, target }: LoadSummary) {
  const order = Object.keys(target.mix);
  return Object.entries(scenarios).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
}

/** The human summary of a run: counts, latency, the slowest and failed requests with links. */
export function summaryLines(summary: LoadSummary, viewerUrl: string): string[] {
  const { target } = summary;
  const statuses = Object.entries(summary.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ');
  const lines = [
    `Load on ${target.baseUrl}: ${target.rate}/s for ${seconds(target.durationMs)}`,
    describeRestock(summary.restock),
    describeWarmup(summary),
    `sent ${summary.sent} at ${tenths(summary.achievedRate)}/s (target ${target.rate}/s; the sender ` +
      `ran at most ${tenths(summary.sendLagP99Ms)} ms late at p99)`,
    `answers: ${statuses || 'none'}`,
    `ok ${summary.ok}, meant to fail ${summary.meantToFail} (the error scenarios' 404/409), ` +
      `failed ${summary.failed}${summary.unfinished ? ` (${summary.unfinished} never answered)` : ''}`,
    `latency from intended send time: p50 ${tenths(summary.latencyMs.p50)} ms, ` +
      `p95 ${tenths(summary.latencyMs.p95)} ms, p99 ${tenths(summary.latencyMs.p99)} ms, ` +
      `max ${tenths(summary.latencyMs.max)} ms`,
    '',
    'per scenario:',
    ...table([
      ['scenario', 'sent', 'ok', 'meant to fail', 'failed', 'statuses'],
      ...inMixOrder(summary).map(([key, counts]) => [
        key,
        String(counts.sent),
        String(counts.ok),
        String(counts.meantToFail),
        String(counts.failed),
        Object.entries(counts.statuses)
          .map(([status, count]) => `${status}:${count}`)
          .join(' '),
      ]),
    ]),
    '',
    'slowest:',
    ...summary.slowest.map((entry) => request(entry, viewerUrl)),
  ];
  if (summary.failures.length > 0) {
    lines.push('', `failed (first ${summary.failures.length} of ${summary.failed}):`);
    lines.push(...summary.failures.map((entry) => request(entry, viewerUrl)));
  }
  lines.push('', `stats of this run: ${statsLink(summary, viewerUrl)}`);
  return lines;
}
