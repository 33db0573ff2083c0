import { fetchTrace } from '../api/api.client';
import type { Span, SpanReference } from '../api/api.types';
import { h, link } from '../lib/dom';
import { spanLinks } from './span-facts';

/** Where a link leads: its trace's page with the linked span open. */
function linkedSpanPath(ref: SpanReference): string {
  return `/trace/${encodeURIComponent(ref.traceID)}?span=${encodeURIComponent(ref.spanID)}`;
}

function linkItem(span: Span, ref: SpanReference): HTMLElement {
  const ids = [
    h('span', { class: 'badge badge-kind', testid: 'link-type' }, ref.refType),
    ' trace ',
    h('code', { class: 'mono', testid: 'link-trace-id' }, ref.traceID),
    ' span ',
    h('code', { class: 'mono', testid: 'link-span-id' }, ref.spanID),
  ];
  const item = h('li', { class: 'span-link', testid: 'span-link' }, ...ids);
  const open = (label: string) =>
    link(linkedSpanPath(ref), { class: 'link-open', testid: 'link-open' }, label);
  if (ref.traceID === span.traceID) {
    item.append(' ', open('open span'));
    return item;
  }
  // Only a trace the viewer holds can be opened; the producer's may be gone or kept elsewhere.
  const status = h('span', { class: 'muted', testid: 'link-status' }, ' looking it up…');
  item.append(status);
  fetchTrace(ref.traceID).then(
    () => status.replaceWith(' ', open('open linked trace')),
    () => {
      status.textContent = ' (that trace is not stored in this viewer)';
    },
  );
  return item;
}

/**
 * The span's links, each with its trace and span id and, when the viewer holds that trace, a link
 * to it. A consumer that starts a trace of its own links to its producer's span this way.
 */
export function renderSpanLinks(span: Span): HTMLElement | null {
  const links = spanLinks(span);
  if (links.length === 0) return null;
  return h(
    'section',
    { class: 'panel-section', testid: 'span-links' },
    h('h3', {}, `Links (${links.length})`),
    h(
      'p',
      { class: 'hint' },
      'Spans this one is linked to, usually in another trace: the work that caused it without waiting for it. Jaeger’s API lists them as FOLLOWS_FROM references.',
    ),
    h('ul', { class: 'span-links' }, ...links.map((ref) => linkItem(span, ref))),
  );
}
