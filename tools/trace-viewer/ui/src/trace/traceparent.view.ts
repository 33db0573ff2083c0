import type { Span } from '../api/api.types';
import { h } from '../lib/dom';
import { parentSpanId, spanKind } from './span-facts';
import { wireDirectionOf } from './span-kinds';
import { wireContextFor } from './traceparent';

/** Shows the W3C traceparent a span sent or received, decoded field by field. */
export function renderTraceparent(span: Span): HTMLElement {
  const wire = wireContextFor(span);
  if (!wire) {
    const kind = spanKind(span);
    const why =
      wireDirectionOf(kind) === 'received'
        ? parentSpanId(span)
          ? 'No header can be rebuilt for this span.'
          : 'This span received no traceparent header, so it started a new trace: its trace id was generated here.'
        : `An ${kind} span runs inside one process: no header crosses the wire for it. Its children inherit the context in memory; the CLIENT spans below it carry it to other services.`;
    return h('p', { class: 'muted', testid: 'traceparent-none' }, why);
  }
  const intro =
    wire.direction === 'sent'
      ? 'This CLIENT span injected this header into its outgoing HTTP request:'
      : 'This SERVER span extracted this header from the incoming HTTP request:';
  const parts = wire.header.split('-');
  const header = h(
    'code',
    { class: 'traceparent mono', testid: 'traceparent-header' },
    'traceparent: ',
    ...parts.flatMap((part, i) => [i ? '-' : null, h('span', { class: `tp-part tp-${i}` }, part)]),
  );
  const rows = wire.fields.map((field, i) =>
    h(
      'tr',
      { data: { field: field.name } },
      h('th', {}, h('span', { class: `tp-part tp-${i}` }, field.name)),
      h('td', { class: 'mono', testid: `tp-${field.name}` }, field.value),
      h('td', { class: 'tp-meaning' }, field.meaning),
    ),
  );
  const tracestate = wire.tracestate
    ? h(
        'div',
        { class: 'tracestate', testid: 'tracestate' },
        h('code', { class: 'mono' }, `tracestate: ${wire.tracestate}`),
        h(
          'p',
          { class: 'muted' },
          'Vendor-specific key=value entries, comma separated, passed along unchanged next to traceparent.',
        ),
      )
    : null;
  return h(
    'div',
    {
      class: 'wire',
      testid: 'traceparent-decoded',
      data: { direction: wire.direction, header: wire.header },
    },
    h('p', {}, intro),
    header,
    h('table', { class: 'tp-table' }, h('tbody', {}, ...rows)),
    tracestate,
  );
}
