import { type Attrs, h } from '../lib/dom';
import type { TraceSummary } from './span-tree';

/** A trace's name as the UI shows it everywhere: its root service, then its root operation. */
export function traceTitle(
  tag: 'span' | 'h1',
  attrs: Attrs,
  { rootService, rootOperation }: Pick<TraceSummary, 'rootService' | 'rootOperation'>,
): HTMLElement {
  return h(tag, attrs, h('span', { class: 'result-service' }, rootService), ': ', rootOperation);
}
