import type { KeyValue } from '../api/api.types';
import { h } from '../lib/dom';

/** A tag or field value as text: strings as they are, anything else as JSON. */
export function display(value: KeyValue['value']): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A key/value/type table of tags or fields; `empty` (muted) when there are none. */
export function kvTable(rows: KeyValue[], testid: string, empty: string): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted', testid }, empty);
  return h(
    'table',
    { class: 'kv', testid },
    h(
      'tbody',
      {},
      ...rows.map((kv) =>
        h(
          'tr',
          { data: { key: kv.key } },
          h('th', { class: 'mono' }, kv.key),
          h('td', { class: 'mono kv-value', testid: 'kv-value' }, display(kv.value)),
          h('td', { class: 'kv-type' }, kv.type),
        ),
      ),
    ),
  );
}
