import type { LiveTrace } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h, link } from '../lib/dom';
import { formatDuration, formatTimestamp } from '../lib/format';
import type { Page } from '../lib/router';
import { SAMPLE_ORDER_COMMAND } from '../lib/sample-request';
import { errorBadge, serviceChip } from '../lib/widgets';
import { traceTitle } from '../trace/trace-title.view';

const MAX_ITEMS = 200;

/**
 * Traces as their spans arrive, pushed by the viewer over Server-Sent Events; newest on top. Each
 * service exports its spans in its own batches, so one trace comes as several events: its row is
 * replaced in place, growing, rather than listed again.
 */
export class LivePage implements Page {
  private source?: EventSource;
  private received = 0;
  /** The row of each trace listed, by trace id, to replace as the trace grows. */
  private readonly items = new Map<string, HTMLElement>();
  private readonly list = h('ol', { class: 'live-list', testid: 'live-list' });
  private readonly status = h(
    'span',
    { class: 'live-status', testid: 'live-status', data: { state: 'connecting' } },
    'Connecting…',
  );
  private readonly counter = h(
    'span',
    { class: 'muted', testid: 'live-count' },
    '0 traces received',
  );
  private readonly empty = h(
    'div',
    { class: 'notice notice-info', testid: 'live-empty' },
    'Waiting for traces. Send a request and watch it arrive: ',
    h('code', {}, SAMPLE_ORDER_COMMAND),
  );

  render(root: HTMLElement): void {
    root.append(
      h(
        'div',
        { class: 'page-head' },
        h('h1', {}, 'Live'),
        h('div', { class: 'toolbar' }, this.counter, this.status),
      ),
      h(
        'p',
        { class: 'hint' },
        'The viewer pushes each trace over Server-Sent Events (GET /api/ui/live) as its spans arrive: each service sends its own, so a trace appears when the first arrive and its row grows with the rest. Nothing is polled; the page never reloads.',
      ),
      this.empty,
      this.list,
    );
    this.source = new EventSource('/api/ui/live');
    this.source.addEventListener('open', () => this.setStatus('open', 'Connected'));
    this.source.addEventListener('error', () => this.setStatus('error', 'Disconnected, retrying…'));
    this.source.addEventListener('trace', (event) => this.onTrace(event as MessageEvent<string>));
  }

  dispose(): void {
    this.source?.close();
  }

  private setStatus(state: string, text: string): void {
    this.status.dataset.state = state;
    this.status.textContent = text;
  }

  private onTrace(event: MessageEvent<string>): void {
    let trace: LiveTrace;
    try {
      trace = JSON.parse(event.data) as LiveTrace;
    } catch {
      return;
    }
    if (typeof trace.traceID !== 'string') return;
    const item = liveItem(trace);
    const shown = this.items.get(trace.traceID);
    this.items.set(trace.traceID, item);
    if (shown?.isConnected) {
      shown.replaceWith(item);
      return;
    }
    this.received += 1;
    this.counter.textContent = `${this.received} trace${this.received === 1 ? '' : 's'} received`;
    this.empty.remove();
    this.list.prepend(item);
    while (this.list.children.length > MAX_ITEMS) {
      const oldest = this.list.lastElementChild as HTMLElement | null;
      oldest?.remove();
      if (oldest?.dataset.traceId) this.items.delete(oldest.dataset.traceId);
    }
  }
}

function liveItem(trace: LiveTrace): HTMLElement {
  const stripe = h('span', { class: 'live-stripe' });
  stripe.style.background = serviceColor(trace.rootServiceName);
  const services = Array.isArray(trace.services) ? trace.services : [];
  return h(
    'li',
    {
      class: `live-item card${trace.errorSpanCount ? ' has-error' : ''}`,
      testid: 'live-item',
      data: { traceId: trace.traceID, spanCount: String(trace.spanCount) },
    },
    stripe,
    link(
      `/trace/${encodeURIComponent(trace.traceID)}`,
      { class: 'live-link' },
      traceTitle(
        'span',
        { class: 'result-title' },
        { rootService: trace.rootServiceName, rootOperation: trace.rootOperationName },
      ),
      h('span', { class: 'result-duration' }, formatDuration(trace.duration)),
    ),
    h(
      'div',
      { class: 'result-meta' },
      h('span', {}, `${trace.spanCount} spans`),
      errorBadge(trace.errorSpanCount),
      h('span', { class: 'chips' }, ...services.map((s) => serviceChip(String(s)))),
      h('span', { class: 'result-time' }, formatTimestamp(trace.startTime)),
      h('span', { class: 'mono muted' }, trace.traceID),
    ),
  );
}
