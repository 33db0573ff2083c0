import { fetchTrace, fetchTraceLogs } from '../api/api.client';
import type { Trace } from '../api/api.types';
import { h, link } from '../lib/dom';
import { formatDuration, formatTimestamp } from '../lib/format';
import type { Page } from '../lib/router';
import { errorBadge, notice, serviceChip } from '../lib/widgets';
import { buildSpanTree, summarizeTrace } from '../trace/span-tree';
import { TraceLogs } from '../trace/trace-logs';
import { traceTitle } from '../trace/trace-title.view';
import { Waterfall } from '../trace/waterfall.view';

/** One trace: a header with its numbers and the span waterfall. */
export class TracePage implements Page {
  private disposed = false;

  constructor(
    private readonly traceId: string,
    private readonly openSpan: string | null,
  ) {}

  render(root: HTMLElement): void {
    root.append(notice('loading', `Loading trace ${this.traceId}…`));
    // A trace whose logs cannot be fetched still shows; its span panels say why the lines are missing.
    const logs = fetchTraceLogs(this.traceId).then(
      (records) => new TraceLogs(records),
      (error: Error) => new TraceLogs([], error.message),
    );
    Promise.all([fetchTrace(this.traceId), logs]).then(
      ([trace, traceLogs]) =>
        !this.disposed && root.replaceChildren(...this.view(trace, traceLogs)),
      (error: Error) =>
        !this.disposed &&
        root.replaceChildren(
          notice('error', `Trace ${this.traceId}: ${error.message}`, 'trace-error'),
          h('p', {}, link('/search', { class: 'btn' }, '← Back to search')),
        ),
    );
  }

  dispose(): void {
    this.disposed = true;
  }

  private view(trace: Trace, logs: TraceLogs): HTMLElement[] {
    const summary = summarizeTrace(trace);
    const stat = (label: string, value: string, testid: string): HTMLElement =>
      h(
        'div',
        { class: 'stat' },
        h('span', { class: 'stat-label' }, label),
        h('span', { class: 'stat-value', testid }, value),
      );
    const header = h(
      'section',
      { class: 'card trace-header', testid: 'trace-header' },
      h(
        'div',
        { class: 'trace-title-row' },
        traceTitle('h1', { class: 'trace-title', testid: 'trace-title' }, summary),
        errorBadge(summary.errorSpanCount),
      ),
      h(
        'div',
        { class: 'trace-id' },
        'Trace ID ',
        h('code', { class: 'mono', testid: 'trace-id' }, trace.traceID),
      ),
      h(
        'div',
        { class: 'stats-strip' },
        stat('Started', formatTimestamp(summary.startTime), 'trace-start'),
        stat('Duration', formatDuration(summary.duration), 'trace-duration'),
        stat('Spans', String(summary.spanCount), 'trace-span-count'),
        stat('Depth', String(summary.maxDepth), 'trace-depth'),
        stat('Services', String(summary.services.length), 'trace-service-count'),
      ),
      h(
        'div',
        { class: 'chips' },
        ...summary.services.map((s) => serviceChip(s.name, s.spanCount)),
      ),
      trace.warnings?.length ? notice('error', trace.warnings.join('; '), 'trace-warnings') : null,
    );
    const hint = h(
      'p',
      { class: 'hint' },
      'Each row is a span; indentation shows who called whom. Bars share one time scale, so gaps show time spent between calls. Click a row to see its attributes, events, the log lines written inside it and the traceparent header it sent or received.',
    );
    const waterfall = new Waterfall(trace, buildSpanTree(trace), summary, logs);
    const view = waterfall.render();
    if (this.openSpan) waterfall.open(this.openSpan);
    return [header, hint, view];
  }
}
