import type { LogRecord, Span } from '../api/api.types';
import { h } from '../lib/dom';
import { formatDuration, formatTimestamp } from '../lib/format';
import { kvTable } from './kv-table.view';
import { logLevelOf } from './log-level';
import type { TraceLogs } from './trace-logs';

// One line: offset from the span's start, level, message. Its attributes (pino's extra fields)
// fold under it, so the list reads like a log file until the reader asks for more.
function logLine(record: LogRecord, spanStart: number): HTMLElement {
  const level = logLevelOf(record);
  const head = [
    h(
      'span',
      { class: 'log-time mono', testid: 'log-offset', title: formatTimestamp(record.timestamp) },
      `+${formatDuration(record.timestamp - spanStart)}`,
    ),
    h('span', { class: 'log-level', testid: 'log-level' }, record.severityText || level),
    h('span', { class: 'log-body', testid: 'log-body' }, record.body),
  ];
  const attrs = { class: `log-line level-${level}`, testid: 'span-log-line', data: { level } };
  if (!record.attributes.length) {
    return h('li', attrs, h('div', { class: 'log-head' }, ...head));
  }
  return h(
    'li',
    attrs,
    h(
      'details',
      {},
      h('summary', { class: 'log-head' }, ...head),
      kvTable(record.attributes, 'log-attributes', ''),
    ),
  );
}

/** The panel section listing the log lines written inside a span, in time order. */
export function renderSpanLogs(logs: TraceLogs, span: Span): HTMLElement {
  const records = logs.forSpan(span.spanID);
  const body = logs.error
    ? h('p', { class: 'muted', testid: 'span-logs-error' }, `Logs unavailable: ${logs.error}`)
    : records.length
      ? h('ol', { class: 'log-lines' }, ...records.map((r) => logLine(r, span.startTime)))
      : h('p', { class: 'muted', testid: 'span-logs-empty' }, 'No log lines in this span.');
  return h(
    'section',
    { class: 'panel-section', testid: 'span-logs' },
    h('h3', {}, `Logs (${records.length})`),
    body,
  );
}
