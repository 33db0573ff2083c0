import { serviceColor } from './colors';
import { h } from './dom';

/** A coloured chip naming a service, with an optional span count. */
export function serviceChip(service: string, count?: number): HTMLSpanElement {
  const chip = h(
    'span',
    { class: 'chip', testid: 'service-chip', data: { service } },
    h('span', { class: 'chip-dot' }),
    service,
    count === undefined ? null : h('span', { class: 'chip-count' }, String(count)),
  );
  chip.style.setProperty('--svc', serviceColor(service));
  return chip;
}

/** A red badge counting error spans, or nothing when there are none. */
export function errorBadge(count: number): HTMLSpanElement | null {
  if (count <= 0) return null;
  return h(
    'span',
    {
      class: 'badge badge-error',
      testid: 'error-mark',
      title: `${count} span(s) ended with an error`,
    },
    `⚠ ${count} error${count === 1 ? '' : 's'}`,
  );
}

/** A small label for a span kind (SERVER, CLIENT, INTERNAL, ...). */
export function kindBadge(kind: string): HTMLSpanElement {
  return h('span', { class: `badge badge-kind kind-${kind.toLowerCase()}` }, kind);
}

/** A message box for loading, empty and error states. */
export function notice(
  kind: 'info' | 'error' | 'loading',
  text: string,
  testid?: string,
): HTMLDivElement {
  return h(
    'div',
    {
      class: `notice notice-${kind}`,
      testid: testid ?? `notice-${kind}`,
      attrs: { role: kind === 'error' ? 'alert' : 'status' },
    },
    text,
  );
}

/** A select element with the given options, the matching one selected. */
export function select(
  options: { value: string; label: string }[],
  selected: string,
  attrs: { name: string; testid: string },
): HTMLSelectElement {
  const el = h('select', { testid: attrs.testid, attrs: { name: attrs.name, id: attrs.name } });
  for (const option of options) {
    const opt = h('option', { attrs: { value: option.value } }, option.label);
    opt.selected = option.value === selected;
    el.append(opt);
  }
  return el;
}

/** Lookback choices shared by the map, stats and search pages. */
export const LOOKBACKS = [
  { value: '5m', label: 'Last 5 minutes', ms: 5 * 60_000 },
  { value: '15m', label: 'Last 15 minutes', ms: 15 * 60_000 },
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '6h', label: 'Last 6 hours', ms: 6 * 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 24 * 3_600_000 },
];

/** Milliseconds for a lookback choice, falling back to one hour. */
export function lookbackMs(value: string): number {
  return LOOKBACKS.find((l) => l.value === value)?.ms ?? 3_600_000;
}
