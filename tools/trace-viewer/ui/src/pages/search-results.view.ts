import { serviceColor } from '../lib/colors';
import { h, link } from '../lib/dom';
import { formatAgo, formatDuration, formatTimestamp } from '../lib/format';
import { SAMPLE_ORDER_COMMAND } from '../lib/sample-request';
import { errorBadge, notice, serviceChip } from '../lib/widgets';
import type { TraceSummary } from '../trace/span-tree';
import { traceTitle } from '../trace/trace-title.view';

const SORTS: Record<
  string,
  { label: string; compare: (a: TraceSummary, b: TraceSummary) => number }
> = {
  recent: { label: 'Most recent', compare: (a, b) => b.startTime - a.startTime },
  longest: { label: 'Longest first', compare: (a, b) => b.duration - a.duration },
  shortest: { label: 'Shortest first', compare: (a, b) => a.duration - b.duration },
  spans: { label: 'Most spans', compare: (a, b) => b.spanCount - a.spanCount },
};

function resultCard(summary: TraceSummary, maxDuration: number): HTMLElement {
  const bar = h('div', { class: 'result-bar-fill' });
  bar.style.width = `${Math.max(1, (summary.duration / maxDuration) * 100)}%`;
  bar.style.background = serviceColor(summary.rootService);
  return link(
    `/trace/${summary.traceID}`,
    {
      class: `card result${summary.errorSpanCount ? ' has-error' : ''}`,
      testid: 'search-result',
      data: { traceId: summary.traceID },
    },
    h(
      'div',
      { class: 'result-head' },
      traceTitle('span', { class: 'result-title', testid: 'result-root' }, summary),
      h(
        'span',
        { class: 'result-duration', testid: 'result-duration' },
        formatDuration(summary.duration),
      ),
    ),
    h('div', { class: 'result-bar' }, bar),
    h(
      'div',
      { class: 'result-meta' },
      h(
        'span',
        { class: 'result-count', testid: 'result-span-count' },
        `${summary.spanCount} span${summary.spanCount === 1 ? '' : 's'}`,
      ),
      errorBadge(summary.errorSpanCount),
      h(
        'span',
        { class: 'chips' },
        ...summary.services.map((s) => serviceChip(s.name, s.spanCount)),
      ),
    ),
    h(
      'div',
      { class: 'result-foot' },
      h('span', { class: 'result-id mono' }, summary.traceID),
      h(
        'span',
        { class: 'result-time', testid: 'result-start' },
        formatTimestamp(summary.startTime),
        h('span', { class: 'muted' }, ` · ${formatAgo(summary.startTime)}`),
      ),
    ),
  );
}

/** Renders the search results: a header with the API call made, a sort switch and the cards. */
export function renderSearchResults(
  summaries: TraceSummary[],
  url: string,
  warnings: string[],
): HTMLElement[] {
  const list = h('div', { class: 'result-list' });
  const maxDuration = Math.max(1, ...summaries.map((s) => s.duration));
  const sort = h('select', { testid: 'search-sort', attrs: { 'aria-label': 'Sort results' } });
  for (const [value, { label }] of Object.entries(SORTS))
    sort.append(h('option', { attrs: { value } }, label));
  const draw = (): void => {
    const compare = SORTS[sort.value]?.compare ?? SORTS.recent.compare;
    list.replaceChildren(...[...summaries].sort(compare).map((s) => resultCard(s, maxDuration)));
  };
  sort.addEventListener('change', draw);
  draw();
  const head = h(
    'div',
    { class: 'results-head' },
    h(
      'h2',
      { testid: 'search-count' },
      `${summaries.length} trace${summaries.length === 1 ? '' : 's'}`,
    ),
    h(
      'code',
      { class: 'api-call', title: 'The Jaeger query API request this page made' },
      `GET ${url}`,
    ),
    sort,
  );
  const empty = summaries.length
    ? null
    : notice(
        'info',
        `No traces match. Widen the time range, or send a request: ${SAMPLE_ORDER_COMMAND}`,
        'search-empty',
      );
  const warn = warnings.length ? notice('error', warnings.join('; '), 'search-warnings') : null;
  return [head, ...(warn ? [warn] : []), ...(empty ? [empty] : []), list];
}
