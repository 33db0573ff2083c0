import './app.css';
import { h, link } from './lib/dom';
import { Router, type Route } from './lib/router';
import { LivePage } from './pages/live.page';
import { SearchPage } from './pages/search.page';
import { ServiceMapPage } from './pages/service-map.page';
import { StatsPage } from './pages/stats.page';
import { TracePage } from './pages/trace.page';

const NAV = [
  { key: 'search', href: '/search', label: 'Search' },
  { key: 'map', href: '/map', label: 'Service map' },
  { key: 'stats', href: '/stats', label: 'Stats' },
  { key: 'live', href: '/live', label: 'Live' },
];

function bootstrap(): void {
  const main = h('main', { class: 'page' });
  const navLinks = NAV.map((item) =>
    link(
      item.href,
      { class: 'nav-link', testid: `nav-${item.key}`, data: { nav: item.key } },
      item.label,
    ),
  );
  const lookup = h('input', {
    class: 'lookup-input',
    testid: 'trace-lookup',
    attrs: { placeholder: 'Look up trace ID…', 'aria-label': 'Trace ID', spellcheck: 'false' },
  });
  const form = h('form', { class: 'lookup' }, lookup);
  const header = h(
    'header',
    { class: 'topbar' },
    link('/search', { class: 'brand' }, h('span', { class: 'brand-mark' }, '◆'), 'Trace Viewer'),
    h('nav', { class: 'nav' }, ...navLinks),
    form,
  );
  document.body.replaceChildren(header, main);

  const routes: Route[] = [
    {
      pattern: /^\/search\/?$/,
      nav: 'search',
      create: (_m, q) => new SearchPage(q, (p) => router.navigate(p)),
    },
    {
      pattern: /^\/trace\/([^/]+)\/?$/,
      create: (m, q) => new TracePage(m[1] ?? '', q.get('span')),
    },
    { pattern: /^\/map\/?$/, nav: 'map', create: () => new ServiceMapPage() },
    { pattern: /^\/stats\/?$/, nav: 'stats', create: (_m, q) => new StatsPage(q) },
    { pattern: /^\/live\/?$/, nav: 'live', create: () => new LivePage() },
  ];
  const router = new Router(main, routes, (nav) => {
    for (const a of navLinks) a.classList.toggle('active', a.dataset.nav === nav);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = lookup.value.trim();
    if (!id) return;
    lookup.value = '';
    router.navigate(`/trace/${encodeURIComponent(id)}`);
  });
  router.start();
}

bootstrap();
