import { fetchServices, fetchStats } from '../api/api.client';
import type { OperationStats } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h, link } from '../lib/dom';
import { formatMillis, formatPercent, formatRate } from '../lib/format';
import type { Page } from '../lib/router';
import { kindBadge, LOOKBACKS, lookbackMs, notice, select } from '../lib/widgets';
import { spanKindRank } from '../trace/span-kinds';

/** Request rate, error rate and latency percentiles per service and operation. */
export class StatsPage implements Page {
  private disposed = false;
  private readonly content = h('div', { class: 'stats-content' });
  private readonly service = select([{ value: '', label: 'All services' }], '', {
    name: 'stats-service',
    testid: 'stats-service',
  });
  private readonly lookback = select(LOOKBACKS, '1h', {
    name: 'stats-lookback',
    testid: 'stats-lookback',
  });

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
        'RED metrics computed from spans: Rate (spans per second over the window), Errors (share of spans with error status) and Duration percentiles. p95 = 95% of calls were at least this fast; the gap between p50 and p99 shows the tail. A client span is listed with the service it called; a 4xx answer is an error on the client span only, never on the server span that answered it.',
      ),
      this.content,
    );
    void fetchServices()
      .then((services) => {
        for (const name of [...services].sort())
          this.service.append(h('option', { attrs: { value: name } }, name));
      })
      .catch(() => undefined);
    void this.load();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async load(): Promise<void> {
    this.content.replaceChildren(notice('loading', 'Loading stats…'));
    try {
      const stats = await fetchStats(
        lookbackMs(this.lookback.value),
        this.service.value || undefined,
      );
      if (this.disposed) return;
      this.content.replaceChildren(
        stats.length
          ? statsTable(stats)
          : notice('info', 'No spans in this time range.', 'stats-empty'),
      );
    } catch (error) {
      if (!this.disposed)
        this.content.replaceChildren(notice('error', (error as Error).message, 'stats-error'));
    }
  }
}

function statsTable(stats: OperationStats[]): HTMLElement {
  const sorted = [...stats].sort(
    (a, b) =>
      a.service.localeCompare(b.service) ||
      spanKindRank(a.spanKind) - spanKindRank(b.spanKind) ||
      a.operation.localeCompare(b.operation) ||
      (a.peerService ?? '').localeCompare(b.peerService ?? ''),
  );
  const num = (value: string, testid: string, bad = false): HTMLElement =>
    h('td', { class: `num${bad ? ' bad' : ''}`, testid }, value);
  const rows = sorted.map((s) => {
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
  });
  const th = (label: string, numeric = false): HTMLElement =>
    h('th', { class: numeric ? 'num' : '' }, label);
  return h(
    'table',
    { class: 'card table', testid: 'stats-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        th('Service'),
        th('Operation'),
        th('Kind'),
        th('Spans', true),
        th('Rate', true),
        th('Errors', true),
        th('p50', true),
        th('p95', true),
        th('p99', true),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
