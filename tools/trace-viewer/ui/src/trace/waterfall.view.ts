import type { Trace } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h } from '../lib/dom';
import { formatDuration } from '../lib/format';
import { kindBadge } from '../lib/widgets';
import { renderSpanPanel } from './span-panel.view';
import { flattenTree, type SpanNode, type TraceSummary } from './span-tree';
import type { TraceLogs } from './trace-logs';

const TICKS = 5;

/** The span waterfall: one row per span, indented by depth, bars on a shared time scale. */
export class Waterfall {
  private readonly rows = new Map<
    string,
    { node: SpanNode; row: HTMLElement; panel?: HTMLElement }
  >();
  private readonly collapsed = new Set<string>();

  constructor(
    private readonly trace: Trace,
    private readonly roots: SpanNode[],
    private readonly summary: TraceSummary,
    private readonly logs: TraceLogs,
  ) {}

  render(): HTMLElement {
    const body = h('div', { class: 'waterfall-body' });
    for (const node of flattenTree(this.roots)) {
      const row = this.row(node);
      this.rows.set(node.span.spanID, { node, row });
      body.append(row);
    }
    return h('section', { class: 'card waterfall', testid: 'waterfall' }, this.ruler(), body);
  }

  /** Opens the detail panel of a span (used for /trace/<id>?span=<spanId> links). */
  open(spanId: string): void {
    const entry = this.rows.get(spanId);
    if (entry && !entry.panel) this.toggle(spanId);
    entry?.row.scrollIntoView({ block: 'center' });
  }

  private ruler(): HTMLElement {
    const ticks = h('div', { class: 'wf-timeline wf-ruler' });
    for (let i = 0; i <= TICKS; i++) {
      const tick = h(
        'span',
        { class: 'wf-tick' },
        formatDuration((this.summary.duration * i) / TICKS),
      );
      tick.style.left = `${(i / TICKS) * 100}%`;
      if (i === TICKS) tick.classList.add('wf-tick-last');
      ticks.append(tick);
    }
    return h(
      'div',
      { class: 'wf-row wf-head' },
      h('div', { class: 'wf-label' }, 'Service · operation'),
      ticks,
    );
  }

  private row(node: SpanNode): HTMLElement {
    const { span } = node;
    const color = serviceColor(node.service);
    const total = Math.max(1, this.summary.duration);
    const offset = span.startTime - this.summary.startTime;
    const left = (offset / total) * 100;
    const width = Math.max(0.2, (span.duration / total) * 100);

    const bar = h('div', { class: 'wf-bar', testid: 'span-bar' });
    bar.style.left = `${left}%`;
    bar.style.width = `${width}%`;
    bar.style.background = color;
    const duration = h(
      'span',
      { class: 'wf-duration', testid: 'span-duration' },
      formatDuration(span.duration),
    );
    // The label sits right of the bar; a bar reaching the right edge takes it on its left, and
    // one spanning nearly the whole trace carries it inside so it never spills into the names.
    if (left + width <= 85) duration.style.left = `${left + width + 0.5}%`;
    else if (left >= 12) duration.style.right = `${100 - left + 0.5}%`;
    else {
      duration.style.right = `${100 - left - width + 0.5}%`;
      duration.classList.add('wf-duration-inside');
    }

    const caret = h(
      'button',
      {
        class: 'wf-caret',
        testid: 'span-toggle',
        attrs: { type: 'button', 'aria-label': 'Collapse children', 'aria-expanded': 'true' },
      },
      node.children.length ? '▾' : '',
    );
    if (!node.children.length) caret.disabled = true;
    caret.addEventListener('click', (event) => {
      event.stopPropagation();
      this.collapse(node, caret);
    });

    const label = h(
      'div',
      { class: 'wf-label' },
      caret,
      h('span', { class: 'wf-service', testid: 'span-service' }, node.service),
      h('span', { class: 'wf-operation', testid: 'span-operation' }, span.operationName),
      node.isError
        ? h(
            'span',
            { class: 'wf-error', testid: 'span-error', title: 'This span ended with an error' },
            '⚠',
          )
        : null,
      kindBadgeFor(node),
    );
    label.style.paddingLeft = `${8 + node.depth * 16}px`;
    label.style.setProperty('--svc', color);

    const row = h(
      'div',
      {
        class: `wf-row span-row${node.isError ? ' is-error' : ''}`,
        testid: 'span-row',
        data: {
          spanId: span.spanID,
          parentId: node.parent?.span.spanID ?? '',
          depth: String(node.depth),
          service: node.service,
          operation: span.operationName,
          kind: node.kind,
          error: String(node.isError),
        },
        attrs: { tabindex: '0', role: 'button', 'aria-expanded': 'false' },
        title: `${node.service}: ${span.operationName} (${formatDuration(span.duration)}, starts at +${formatDuration(offset)})`,
      },
      label,
      h('div', { class: 'wf-timeline' }, bar, duration),
    );
    row.addEventListener('click', () => this.toggle(span.spanID));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.toggle(span.spanID);
      }
    });
    return row;
  }

  private toggle(spanId: string): void {
    const entry = this.rows.get(spanId);
    if (!entry) return;
    if (entry.panel) {
      entry.panel.remove();
      entry.panel = undefined;
      entry.row.setAttribute('aria-expanded', 'false');
      entry.row.classList.remove('selected');
      return;
    }
    entry.panel = renderSpanPanel(this.trace, entry.node, this.summary.startTime, this.logs);
    entry.row.after(entry.panel);
    entry.row.setAttribute('aria-expanded', 'true');
    entry.row.classList.add('selected');
  }

  private collapse(node: SpanNode, caret: HTMLButtonElement): void {
    const id = node.span.spanID;
    const hide = !this.collapsed.has(id);
    if (hide) this.collapsed.add(id);
    else this.collapsed.delete(id);
    caret.textContent = hide ? '▸' : '▾';
    caret.setAttribute('aria-expanded', String(!hide));
    const walk = (child: SpanNode, hidden: boolean): void => {
      const entry = this.rows.get(child.span.spanID);
      entry?.row.classList.toggle('hidden', hidden);
      entry?.panel?.classList.toggle('hidden', hidden);
      const childHidden = hidden || this.collapsed.has(child.span.spanID);
      child.children.forEach((c) => walk(c, childHidden));
    };
    node.children.forEach((c) => walk(c, hide));
  }
}

function kindBadgeFor(node: SpanNode): HTMLElement {
  const badge = kindBadge(node.kind);
  badge.classList.add('wf-kind');
  return badge;
}
