import { fetchOperations, fetchServices, searchTraces } from '../api/api.client';
import type { Trace, TraceQuery } from '../api/api.types';
import { h } from '../lib/dom';
import type { Page } from '../lib/router';
import { parseTagFilter } from '../lib/tag-filter';
import { LOOKBACKS, lookbackMs, notice, select } from '../lib/widgets';
import { summarizeTrace } from '../trace/span-tree';
import { renderSearchResults } from './search-results.view';

const ALL = '';

/** Search form (service, operation, tags, durations, time range, limit) and its results. */
export class SearchPage implements Page {
  private readonly results = h('section', { class: 'results', testid: 'search-results' });
  private readonly serviceSelect = select([{ value: ALL, label: 'All services' }], ALL, {
    name: 'service',
    testid: 'search-service',
  });
  private readonly operationSelect = select([{ value: ALL, label: 'All operations' }], ALL, {
    name: 'operation',
    testid: 'search-operation',
  });
  private disposed = false;
  private operationLoads = 0;

  constructor(
    private readonly query: URLSearchParams,
    private readonly navigate: (path: string) => void,
  ) {}

  render(root: HTMLElement): void {
    const q = this.query;
    const field = (label: string, control: HTMLElement, hint?: string): HTMLElement =>
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'field-label' }, label),
        control,
        hint ? h('span', { class: 'field-hint' }, hint) : null,
      );
    const input = (name: string, value: string, placeholder: string): HTMLInputElement => {
      const el = h('input', {
        testid: `search-${name}`,
        attrs: { name, placeholder, spellcheck: 'false', autocomplete: 'off' },
      });
      el.value = value;
      return el;
    };
    const tags = input('tags', q.get('tags') ?? '', 'http.status_code=500 error=true');
    const minDuration = input('minDuration', q.get('minDuration') ?? '', 'e.g. 10ms');
    const maxDuration = input('maxDuration', q.get('maxDuration') ?? '', 'e.g. 1.5s');
    const limit = input('limit', q.get('limit') ?? '20', '20');
    limit.type = 'number';
    limit.min = '1';
    const lookback = select(
      [...LOOKBACKS, { value: 'custom', label: 'Custom range…' }],
      q.get('lookback') ?? '1h',
      { name: 'lookback', testid: 'search-lookback' },
    );
    const start = input('start', q.get('start') ?? '', '');
    const end = input('end', q.get('end') ?? '', '');
    start.type = end.type = 'datetime-local';
    start.step = end.step = '1';
    const custom = h('div', { class: 'field-row' }, field('From', start), field('To', end));
    const syncCustom = (): void =>
      void custom.classList.toggle('hidden', lookback.value !== 'custom');
    lookback.addEventListener('change', syncCustom);
    syncCustom();

    const form = h(
      'form',
      { class: 'search-form', testid: 'search-form' },
      h('h2', {}, 'Find traces'),
      field('Service', this.serviceSelect),
      field('Operation', this.operationSelect),
      field('Tags', tags, 'logfmt: key=value, space separated; quote values with spaces'),
      h(
        'div',
        { class: 'field-row' },
        field('Min duration', minDuration),
        field('Max duration', maxDuration),
      ),
      field('Time range', lookback),
      custom,
      field('Limit results', limit),
      h(
        'button',
        { class: 'btn btn-primary', testid: 'search-submit', attrs: { type: 'submit' } },
        'Find traces',
      ),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const params = new URLSearchParams();
      const set = (key: string, value: string): void =>
        void (value.trim() && params.set(key, value.trim()));
      params.set('service', this.serviceSelect.value);
      set('operation', this.operationSelect.value);
      set('tags', tags.value);
      set('minDuration', minDuration.value);
      set('maxDuration', maxDuration.value);
      set('lookback', lookback.value);
      if (lookback.value === 'custom') {
        set('start', start.value);
        set('end', end.value);
      }
      set('limit', limit.value);
      params.set('t', String(Date.now()));
      this.navigate(`/search?${params.toString()}`);
    });
    this.serviceSelect.addEventListener('change', () => void this.loadOperations(ALL));

    root.append(
      h(
        'div',
        { class: 'search-layout' },
        h('aside', { class: 'card sidebar' }, form),
        this.results,
      ),
    );
    void this.loadForm().then(() => this.runSearch());
  }

  dispose(): void {
    this.disposed = true;
  }

  private async loadForm(): Promise<void> {
    try {
      const services = await fetchServices();
      const wanted =
        this.query.get('service') ?? (services.includes('api-gateway') ? 'api-gateway' : ALL);
      for (const service of [...services].sort()) {
        const opt = h('option', { attrs: { value: service } }, service);
        opt.selected = service === wanted;
        this.serviceSelect.append(opt);
      }
      await this.loadOperations(this.query.get('operation') ?? ALL);
    } catch (error) {
      this.results.replaceChildren(
        notice('error', `Could not load services: ${(error as Error).message}`, 'search-error'),
      );
    }
  }

  private async loadOperations(selected: string): Promise<void> {
    // Loads can overlap (the form's first load, then a change of service): only the latest may
    // fill the list, or two answers append their options one after the other.
    const load = ++this.operationLoads;
    const service = this.serviceSelect.value;
    const operations = service ? await fetchOperations(service).catch(() => []) : [];
    if (load !== this.operationLoads) return;
    const options = [...operations].sort().map((operation) => {
      const opt = h('option', { attrs: { value: operation } }, operation);
      opt.selected = operation === selected;
      return opt;
    });
    this.operationSelect.replaceChildren(
      h('option', { attrs: { value: ALL } }, 'All operations'),
      ...options,
    );
  }

  private buildQuery(): TraceQuery | string {
    const q = this.query;
    const { tags, errors } = parseTagFilter(q.get('tags') ?? '');
    if (errors.length) return `Tags: ${errors.join('; ')}`;
    const nowUs = Date.now() * 1000;
    let start = nowUs - lookbackMs(q.get('lookback') ?? '1h') * 1000;
    let end = nowUs;
    if (q.get('lookback') === 'custom') {
      start = new Date(q.get('start') ?? '').getTime() * 1000;
      end = q.get('end') ? new Date(q.get('end') ?? '').getTime() * 1000 : nowUs;
      if (!Number.isFinite(start) || !Number.isFinite(end))
        return 'Custom range: pick both a start and an end time.';
      if (end <= start) return 'Custom range: the end must be after the start.';
    }
    const limit = Number(q.get('limit') ?? '20');
    if (!Number.isInteger(limit) || limit < 1) return 'Limit must be a whole number of at least 1.';
    return {
      service: this.serviceSelect.value || undefined,
      operation: this.operationSelect.value || undefined,
      tags,
      minDuration: q.get('minDuration') ?? undefined,
      maxDuration: q.get('maxDuration') ?? undefined,
      start: Math.floor(start),
      end: Math.ceil(end),
      limit,
    };
  }

  private async runSearch(): Promise<void> {
    if (this.disposed) return;
    const query = this.buildQuery();
    if (typeof query === 'string') {
      this.results.replaceChildren(notice('error', query, 'search-error'));
      return;
    }
    this.results.replaceChildren(notice('loading', 'Searching…'));
    try {
      const { traces, errors, url } = await searchTraces(query);
      if (this.disposed) return;
      const summaries = traces.filter((t: Trace) => t.spans.length > 0).map(summarizeTrace);
      this.results.replaceChildren(
        ...renderSearchResults(
          summaries,
          url,
          errors.map((e) => e.msg),
        ),
      );
    } catch (error) {
      if (this.disposed) return;
      this.results.replaceChildren(notice('error', (error as Error).message, 'search-error'));
    }
  }
}
