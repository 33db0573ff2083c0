import type { KeyValue, SpanLog, Trace } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h } from '../lib/dom';
import { formatDuration, formatTimestamp } from '../lib/format';
import { errorBadge, kindBadge } from '../lib/widgets';
import { isExceptionLog, parentSpanId, tagValue } from './span-facts';
import type { SpanNode } from './span-tree';
import type { TraceLogs } from './trace-logs';
import { display, kvTable } from './kv-table.view';
import { renderSpanLinks } from './span-links.view';
import { renderSpanLogs } from './span-logs.view';
import { renderTraceparent } from './traceparent.view';

function section(title: string, ...content: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', {}, title), ...content);
}

// Process tags describe the reporting process, not the request, so they start folded away.
function processSection(service: string, tags: KeyValue[]): HTMLElement {
  return h(
    'details',
    { class: 'panel-section process', testid: 'process-section' },
    h('summary', {}, h('h3', {}, `Process: ${service} (${tags.length} tags)`)),
    kvTable(tags, 'process-tags', 'No process tags.'),
  );
}

function eventItem(log: SpanLog, spanStart: number): HTMLElement {
  const name = tagValue(log.fields, 'event');
  const rest = log.fields.filter(
    (f) => f.key !== 'event' && !(isExceptionLog(log) && f.key.startsWith('exception.')),
  );
  const when = h(
    'span',
    { class: 'event-time mono', title: formatTimestamp(log.timestamp) },
    `+${formatDuration(log.timestamp - spanStart)}`,
  );
  const title = h(
    'span',
    { class: 'event-name' },
    name === undefined ? '(unnamed event)' : display(name),
  );
  const item = h(
    'li',
    { class: 'event', testid: 'span-event' },
    h('div', { class: 'event-head' }, when, title),
  );
  if (isExceptionLog(log)) {
    item.classList.add('event-exception');
    item.setAttribute('data-testid', 'span-exception');
    const type = tagValue(log.fields, 'exception.type');
    const message = tagValue(log.fields, 'exception.message');
    const stack = tagValue(log.fields, 'exception.stacktrace');
    item.append(
      h(
        'div',
        { class: 'exception' },
        h(
          'div',
          { class: 'exception-line' },
          h(
            'strong',
            { testid: 'exception-type' },
            type === undefined ? 'Exception' : display(type),
          ),
          message === undefined
            ? null
            : h('span', { testid: 'exception-message' }, `: ${display(message)}`),
        ),
        stack === undefined
          ? null
          : h('pre', { class: 'stack mono', testid: 'exception-stack' }, display(stack)),
      ),
    );
  }
  if (rest.length) item.append(kvTable(rest, 'event-fields', ''));
  return item;
}

/** The detail panel under a waterfall row: identity, timing, wire context, tags, events, logs. */
export function renderSpanPanel(
  trace: Trace,
  node: SpanNode,
  traceStart: number,
  logs: TraceLogs,
): HTMLElement {
  const { span } = node;
  const parentId = parentSpanId(span);
  const parentName = node.parent
    ? `${node.parent.service}: ${node.parent.span.operationName}`
    : undefined;
  const fact = (label: string, value: string | HTMLElement, testid: string): HTMLElement[] => [
    h('dt', {}, label),
    h('dd', { testid }, value),
  ];
  const title = h(
    'div',
    { class: 'panel-title' },
    h('h2', { testid: 'panel-operation' }, span.operationName),
    h('span', { class: 'panel-service', testid: 'panel-service' }, node.service),
    kindBadge(node.kind),
    errorBadge(node.isError ? 1 : 0),
  );
  const panel = h(
    'div',
    { class: 'span-panel', testid: 'span-panel', data: { spanId: span.spanID } },
    title,
    h(
      'dl',
      { class: 'facts' },
      ...fact('Service', node.service, 'panel-service-name'),
      ...fact('Kind', node.kind, 'panel-kind'),
      ...fact('Span ID', h('code', { class: 'mono' }, span.spanID), 'panel-span-id'),
      ...fact(
        'Parent ID',
        parentId
          ? h('code', { class: 'mono', title: parentName ?? 'parent not in this trace' }, parentId)
          : '— (root span)',
        'panel-parent-id',
      ),
      ...fact(
        'Start',
        `+${formatDuration(span.startTime - traceStart)} · ${formatTimestamp(span.startTime)}`,
        'panel-start',
      ),
      ...fact('Duration', formatDuration(span.duration), 'panel-duration'),
    ),
    section('traceparent on the wire', renderTraceparent(span)),
    renderSpanLinks(span),
    section(
      `Attributes (${span.tags.length})`,
      kvTable(span.tags, 'span-attributes', 'No attributes.'),
    ),
    section(
      `Events (${span.logs.length})`,
      span.logs.length
        ? h(
            'ol',
            { class: 'events', testid: 'span-events' },
            ...[...span.logs]
              .sort((a, b) => a.timestamp - b.timestamp)
              .map((log) => eventItem(log, span.startTime)),
          )
        : h('p', { class: 'muted' }, 'No events.'),
    ),
    renderSpanLogs(logs, span),
    processSection(node.service, trace.processes[span.processID]?.tags ?? []),
    span.warnings?.length
      ? section(
          'Warnings',
          h('ul', { class: 'warnings' }, ...span.warnings.map((w) => h('li', {}, w))),
        )
      : null,
  );
  panel.style.setProperty('--svc', serviceColor(node.service));
  return panel;
}
