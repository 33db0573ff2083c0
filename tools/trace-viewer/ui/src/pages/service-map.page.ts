import { fetchServiceMap } from '../api/api.client';
import { h } from '../lib/dom';
import type { Page } from '../lib/router';
import { LOOKBACKS, lookbackMs, notice, select } from '../lib/widgets';
import { layoutServiceMap } from '../map/service-map-layout';
import { drawMap, edgeTable } from '../map/service-map.view';

/** Which service calls which: nodes per service, arrows parent → child with call counts. */
export class ServiceMapPage implements Page {
  private disposed = false;
  private readonly content = h('div', { class: 'map-content' });
  private readonly lookback = select(LOOKBACKS, '1h', {
    name: 'map-lookback',
    testid: 'map-lookback',
  });

  render(root: HTMLElement): void {
    const refresh = h('button', { class: 'btn', attrs: { type: 'button' } }, 'Refresh');
    refresh.addEventListener('click', () => void this.load());
    this.lookback.addEventListener('change', () => void this.load());
    root.append(
      h(
        'div',
        { class: 'page-head' },
        h('h1', {}, 'Service map'),
        h('div', { class: 'toolbar' }, this.lookback, refresh),
      ),
      h(
        'p',
        { class: 'hint' },
        'Built from the spans themselves: an arrow A → B means a span of service A is the parent of a span of service B, which happens only when A propagated its trace context to B (a call B never answered is drawn from the client span of A). Red arrows carried errors: a call fails where its client span or its server span recorded an error, so a 404 shows on the client side only.',
      ),
      this.content,
    );
    void this.load();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async load(): Promise<void> {
    this.content.replaceChildren(notice('loading', 'Loading service map…'));
    try {
      const map = await fetchServiceMap(lookbackMs(this.lookback.value));
      if (this.disposed) return;
      if (!map.services.length && !map.edges.length) {
        this.content.replaceChildren(
          notice(
            'info',
            'No spans in this time range yet. Send a request through the gateway, then refresh.',
            'map-empty',
          ),
        );
        return;
      }
      this.content.replaceChildren(
        h('div', { class: 'card map-card' }, drawMap(map, layoutServiceMap(map))),
        edgeTable(map.edges),
      );
    } catch (error) {
      if (!this.disposed)
        this.content.replaceChildren(notice('error', (error as Error).message, 'map-error'));
    }
  }
}
