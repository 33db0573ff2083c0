import { fetchServices, fetchStats, type StatsWindow } from '../api/api.client';
import type { OperationStats } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h, link } from '../lib/dom';
import { formatClock, formatMillis, formatPercent, formatRate } from '../lib/format';
import type { Page } from '../lib/router';
import { kindBadge, LOOKBACKS, lookbackMs, notice, select } from '../lib/widgets';
import { nextSort, sortFromQuery, sortStats, STATS_COLUMNS, type StatsSort } from './stats-sort';

/** The lookback choice that stands for the `since` (and `until`) of the page's URL. */
const SINCE = 'since';

/** A whole number of epoch ms from the URL, or undefined. */
function epochMs(value: string | null): number | undefined {
  return value !== null && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/**
 * Request rate, error rate and latency percentiles per service and operation, over the last
 * minutes or over a window that starts at a given time: `/stats?since=<epoch ms>[&until=…]`,
 * which `npm run load` and `npm run hunt -- start` print for their run. A click on a column
 * header sorts by it (`sort`, `dir` in the URL, so a link can ask for `sort=p99`).
 */
export class StatsPage implements Page {
  private disposed = false;
  private stats: OperationStats[] = [];
  private sort: StatsSort | undefined;
  private readonly sinceMs: number | undefined;
  private readonly untilMs: number | undefined;
  private readonly content = h('div', { class: 'stats-content' });
  private readonly service: HTMLSelectElement;
  private readonly lookback: HTMLSelectElement;

  constructor(query: URLSearchParams) {
    this.sinceMs = epochMs(query.get('since'));
    this.untilMs = this.sinceMs === undefined ? undefined : epochMs(query.get('until'));
    this.sort = sortFromQuery(query);
    const windowChoices = [
      ...(this.sinceMs === undefined ? [] : [{ value: SINCE, label: this.sinceLabel() }]),
      ...LOOKBACKS,
    ];
    const lookback = LOOKBACKS.find(({ value }) => value === query.get('lookback'))?.value;
    this.lookback = select(windowChoices, this.sinceMs === undefined ? (lookback ?? '1h') : SINCE, {
      name: 'stats-lookback',
      testid: 'stats-lookback',
    });
    const service = query.get('service') ?? '';
    this.service = select([{ value: '', label: 'All services' }], '', {
      name: 'stats-service',
      testid: 'stats-service',
    });
    if (service) this.service.append(h('option', { attrs: { value: service } }, service));
    this.service.value = service;
  }

  render(root: HTMLElement): void {
    const refresh = h('button', { class: 'btn', attrs: { type: 'button' } }, 'Refresh');
    refresh.addEventListener('click', () => void this.load());
    this.service.addEventListener('change', () => void this.load());
    this.lookback.addEventListener('change', () => void this.load());
    root.append(
      h(
        'div',
        { class: 'page-head' },
        h('h1', {}, 'Stats'),
        h('div', { class: 'toolbar' }, this.service, this.lookback, refresh),
      ),
      h(
        'p',
        { class: 'hint' },
        'RED metrics computed from spans: Rate (spans per second over the window), Errors (share of spans with error status) and Duration percentiles. p95 = 95% of calls were at least this fast; the gap between p50 and p99 shows the tail. A client span is listed with the service it called; a 4xx answer is an error on the client span only, never on the server span that answered it. Click a column header to sort by it. npm run load and npm run hunt -- start print a link to the window of their run.',
      ),
      this.content,
    );
    void fetchServices()
      .then((services) => {
        for (const name of [...services].sort()) {
          if (name === this.service.value) continue;
          this.service.append(h('option', { attrs: { value: name } }, name));
        }
      })
      .catch(() => undefined);
    void this.load();
  }

  dispose(): void {
    this.disposed = true;
  }

  private sinceLabel(): string {
    const since = formatClock(this.sinceMs ?? 0);
    return this.untilMs === undefined
      ? `Since ${since}`
      : `From ${since} to ${formatClock(this.untilMs)}`;
  }

  private window(): StatsWindow {
    if (this.lookback.value === SINCE && this.sinceMs !== undefined) {
      return { sinceMs: this.sinceMs, untilMs: this.untilMs };
    }
    return { lookbackMs: lookbackMs(this.lookback.value) };
  }

  /** Keeps the URL in step with the page, so a reload or a shared link shows the same table. */
  private updateUrl(): void {
    const params = new URLSearchParams();
    if (this.service.value) params.set('service', this.service.value);
    const window = this.window();
    if ('sinceMs' in window) {
      params.set('since', String(window.sinceMs));
      if (window.untilMs !== undefined) params.set('until', String(window.untilMs));
    } else params.set('lookback', this.lookback.value);
    if (this.sort) {
      params.set('sort', this.sort.column.key);
      params.set('dir', this.sort.direction);
    }
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
  }

  private async load(): Promise<void> {
    this.updateUrl();
    this.content.replaceChildren(notice('loading', 'Loading stats…'));
    try {
      const stats = await fetchStats(this.window(), this.service.value || undefined);
      if (this.disposed) return;
      this.stats = stats;
      this.showTable();
    } catch (error) {
      if (!this.disposed)
        this.content.replaceChildren(notice('error', (error as Error).message, 'stats-error'));
    }
  }

  private showTable(): void {
    this.content.replaceChildren(
      this.stats.length
        ? statsTable(sortStats(this.stats, this.sort), this.sort, (column) => {
            this.sort = nextSort(this.sort, column);
            this.updateUrl();
            this.showTable();
          })
        : notice('info', 'No spans in this time range.', 'stats-empty'),
    );
  }
}

function statsRow(s: OperationStats): HTMLElement {
  const num = (value: string, testid: string, bad = false): HTMLElement =>
    h('td', { class: `num${bad ? ' bad' : ''}`, testid }, value);
  const svc = h('span', { class: 'stats-service' }, s.service);
  svc.style.setProperty('--svc', serviceColor(s.service));
  const search = `/search?service=${encodeURIComponent(s.service)}&operation=${encodeURIComponent(s.operation)}`;
  return h(
    'tr',
    {
      testid: 'stats-row',
      data: { service: s.service, operation: s.operation, peer: s.peerService ?? '' },
    },
    h('td', {}, svc),
    h(
      'td',
      { class: 'mono' },
      link(search, { title: 'Find these traces' }, s.operation),
      s.peerService && h('span', { class: 'muted', testid: 'stats-peer' }, ` → ${s.peerService}`),
    ),
    h('td', {}, kindBadge(s.spanKind.toUpperCase())),
    num(String(s.count), 'stats-count'),
    num(formatRate(s.ratePerSecond), 'stats-rate'),
    num(formatPercent(s.errorRate), 'stats-error-rate', s.errorCount > 0),
    num(formatMillis(s.p50Ms), 'stats-p50'),
    num(formatMillis(s.p95Ms), 'stats-p95'),
    num(formatMillis(s.p99Ms), 'stats-p99'),
  );
}

function statsTable(
  rows: OperationStats[],
  sort: StatsSort | undefined,
  onSort: (column: (typeof STATS_COLUMNS)[number]) => void,
): HTMLElement {
  const headers = STATS_COLUMNS.map((column) => {
    const sorted = sort?.column.key === column.key ? sort.direction : undefined;
    const button = h(
      'button',
      {
        class: 'sort-button',
        testid: `stats-sort-${column.key}`,
        attrs: { type: 'button', title: `Sort by ${column.label}` },
      },
      column.label,
      h('span', { class: 'sort-mark' }, sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''),
    );
    button.addEventListener('click', () => onSort(column));
    return h(
      'th',
      {
        class: column.numeric ? 'num' : '',
        attrs: {
          'aria-sort': sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none',
        },
      },
      button,
    );
  });
  return h(
    'table',
    { class: 'card table', testid: 'stats-table' },
    h('thead', {}, h('tr', {}, ...headers)),
    h('tbody', {}, ...rows.map(statsRow)),
  );
}
