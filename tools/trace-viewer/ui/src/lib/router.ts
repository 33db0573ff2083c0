/** A page the router mounts into the main area; dispose() stops timers and streams. */
export interface Page {
  render(root: HTMLElement): void;
  dispose?(): void;
}

export interface Route {
  pattern: RegExp;
  nav?: string;
  create: (match: RegExpMatchArray, query: URLSearchParams) => Page;
}

/** History-API router: in-app links (data-link) change the URL without reloading the page. */
export class Router {
  private current?: Page;

  constructor(
    private readonly root: HTMLElement,
    private readonly routes: Route[],
    private readonly onNavigate: (nav: string | undefined) => void,
  ) {}

  start(): void {
    document.addEventListener('click', (event) => this.interceptLink(event));
    window.addEventListener('popstate', () => this.render());
    this.render();
  }

  navigate(path: string, replace = false): void {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    this.render();
  }

  private interceptLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[data-link]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    this.navigate(anchor.getAttribute('href') ?? '/');
  }

  private render(): void {
    this.current?.dispose?.();
    this.current = undefined;
    const path = decodeURI(location.pathname);
    const query = new URLSearchParams(location.search);
    for (const route of this.routes) {
      const match = path.match(route.pattern);
      if (!match) continue;
      this.onNavigate(route.nav);
      this.root.replaceChildren();
      this.current = route.create(match, query);
      this.current.render(this.root);
      window.scrollTo(0, 0);
      return;
    }
    this.navigate('/search', true);
  }
}
