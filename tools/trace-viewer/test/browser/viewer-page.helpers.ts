import type { Locator, Page } from 'playwright-core';
import { eventually } from '@tools/polling';

/**
 * The few DOM members the page callbacks use. Those callbacks run in the browser, but the root
 * tsconfig (Node only, no "dom" lib) type-checks them, so they name this instead of HTMLElement.
 */
export interface DomElement {
  dataset: Record<string, string | undefined>;
  style: { left: string; width: string };
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
}

/** The browser's global object as the page callbacks see it. */
export type BrowserWindow = typeof globalThis & {
  getComputedStyle(el: DomElement): { paddingLeft: string };
  __xss?: number;
  __sameDocument?: boolean;
};

export interface WaterfallRow {
  spanId: string;
  parentId: string;
  depth: number;
  service: string;
  operation: string;
  kind: string;
  error: boolean;
  indentPx: number;
}

/** Reads every waterfall row of the open trace page, in display order. */
export async function readWaterfall(page: Page): Promise<WaterfallRow[]> {
  return page.$$eval('[data-testid=span-row]', (rows) =>
    (rows as unknown as DomElement[]).map((el) => {
      const label = el.querySelector('.wf-label') as DomElement;
      return {
        spanId: el.dataset.spanId ?? '',
        parentId: el.dataset.parentId ?? '',
        depth: Number(el.dataset.depth),
        service: el.dataset.service ?? '',
        operation: el.dataset.operation ?? '',
        kind: el.dataset.kind ?? '',
        error: el.dataset.error === 'true',
        indentPx: parseFloat((globalThis as BrowserWindow).getComputedStyle(label).paddingLeft),
      };
    }),
  );
}

/** Reads the given attributes of every element a locator matches, joined with a separator. */
export async function readAttributes(
  locator: Locator,
  names: string[],
  separator: string,
): Promise<string[]> {
  return locator.evaluateAll(
    (els, args) =>
      (els as unknown as DomElement[]).map((el) =>
        args.names.map((name) => el.getAttribute(name) ?? '').join(args.separator),
      ),
    { names, separator },
  );
}

/** Finds the one row for an operation, failing with the operations that do exist. */
export function rowFor(rows: WaterfallRow[], operation: string, service?: string): WaterfallRow {
  const found = rows.filter(
    (r) => r.operation === operation && (!service || r.service === service),
  );
  if (found.length !== 1) {
    const seen = rows.map((r) => `${r.service}:${r.operation}`).join(', ');
    throw new Error(
      `expected one row ${service ?? '*'}:${operation}, found ${found.length} among ${seen}`,
    );
  }
  return found[0];
}

/** True when `ancestor` is above `row` in the span tree (following parent ids). */
export function isAncestor(
  rows: WaterfallRow[],
  ancestor: WaterfallRow,
  row: WaterfallRow,
): boolean {
  const byId = new Map(rows.map((r) => [r.spanId, r]));
  for (let r = byId.get(row.parentId); r; r = byId.get(r.parentId)) {
    if (r.spanId === ancestor.spanId) return true;
  }
  return false;
}

/** Expects each operation of `chain` to be an ancestor of the next, naming the pair that is not. */
export function expectAncestorChain(rows: WaterfallRow[], chain: readonly string[]): void {
  for (let i = 1; i < chain.length; i++) {
    expect([
      chain[i - 1],
      chain[i],
      isAncestor(rows, rowFor(rows, chain[i - 1]), rowFor(rows, chain[i])),
    ]).toEqual([chain[i - 1], chain[i], true]);
  }
}

/** Polls an async check until it returns a value, or throws the last failure at the deadline. */
export function pollUntil<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  return eventually(what, check, timeoutMs, 150);
}
