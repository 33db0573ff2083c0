/**
 * Tiny DOM builders. Text always goes in through text nodes and attributes through setAttribute,
 * so span data (which anyone can send to the collector) can never become markup.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  testid?: string;
  title?: string;
  data?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
  attrs?: Record<string, string>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs | undefined, children: Child[]): void {
  if (attrs?.class) el.setAttribute('class', attrs.class);
  if (attrs?.testid) el.setAttribute('data-testid', attrs.testid);
  if (attrs?.title) el.setAttribute('title', attrs.title);
  // Keys are camelCase like dataset's (traceId → data-trace-id), so el.dataset reads them back.
  for (const [key, value] of Object.entries(attrs?.data ?? {})) {
    el.setAttribute(`data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
  for (const [key, value] of Object.entries(attrs?.attrs ?? {})) el.setAttribute(key, value);
  for (const [name, handler] of Object.entries(attrs?.on ?? {})) {
    if (handler) el.addEventListener(name, handler);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Creates an HTML element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

/** Creates an SVG element; same rules as h(). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs, children);
  return el;
}

/** Builds an in-app link that the router handles without a page load. */
export function link(href: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  return h('a', { ...attrs, attrs: { ...attrs.attrs, href, 'data-link': '' } }, ...children);
}
