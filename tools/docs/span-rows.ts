import type { ExpectedSpanNode, ScenarioName } from '@app/contracts/traces';
import { isServiceName, SERVICE_NAMES, type ServiceName } from '@app/topology';
import {
  HTTP_CLIENT_ATTRIBUTES,
  HTTP_SERVER_ATTRIBUTES,
  type ManualSpanEntry,
  OWN_SERVER_ATTRIBUTES,
  type SeedRequest,
  type SpanAttribute,
  type SpanEvent,
} from './span-catalogue';

/** The kinds of span the services emit: their work, and the HTTP calls between them. */
export type SpanRowKind = 'server' | 'internal' | 'client';

/** One line of the span table: a span as every trace that has it shows it. */
export interface SpanRow {
  service: ServiceName;
  name: string;
  kind: SpanRowKind;
  attributes: readonly SpanAttribute[];
  events: readonly SpanEvent[];
  /** The scenarios whose trace has this span, in the order the trees are declared. */
  scenarios: ScenarioName[];
  /** For a manual span, the scenarios in which its tree says it fails. */
  failsIn: ScenarioName[];
}

/** What the table is made from: the expected trees, and what the catalogue adds to them. */
export interface SpanTableSources {
  trees: Readonly<Record<ScenarioName, ExpectedSpanNode>>;
  manualSpans: Readonly<Record<string, ManualSpanEntry>>;
  requests: Readonly<Record<ScenarioName, SeedRequest>>;
}

/** The service a manual span runs in: its name's prefix (`user-service.get_user`), else its parent's. */
export function serviceOfSpan(name: string, parent: ServiceName | undefined): ServiceName {
  const prefix = name.split('.')[0];
  if (isServiceName(prefix)) return prefix;
  if (!parent) throw new Error(`${name} opens a tree, so its name must start with its service`);
  return parent;
}

/**
 * The rows of the span table, one per span the trees' requests produce: each service's server
 * spans, manual spans and client spans, in the order a depth-first walk of the trees meets them.
 * Throws when the catalogue and the trees disagree, so neither can go stale.
 */
export function buildSpanRows({ trees, manualSpans, requests }: SpanTableSources): SpanRow[] {
  const rows = new Map<string, SpanRow>();

  function seen(
    scenario: ScenarioName,
    row: Omit<SpanRow, 'scenarios' | 'failsIn'>,
    fails = false,
  ): void {
    const key = `${row.service} ${row.kind} ${row.name}`;
    const existing = rows.get(key) ?? { ...row, scenarios: [], failsIn: [] };
    rows.set(key, existing);
    if (!existing.scenarios.includes(scenario)) existing.scenarios.push(scenario);
    if (fails && !existing.failsIn.includes(scenario)) existing.failsIn.push(scenario);
  }

  function server(scenario: ScenarioName, service: ServiceName, route: string): void {
    const attributes = [...HTTP_SERVER_ATTRIBUTES, ...(OWN_SERVER_ATTRIBUTES[service] ?? [])];
    seen(scenario, { service, name: route, kind: 'server', attributes, events: [] });
  }

  function entryOf(name: string): ManualSpanEntry {
    const entry = manualSpans[name];
    if (!entry) throw new Error(`the span catalogue says nothing about ${name}, which a tree has`);
    return entry;
  }

  function walk(scenario: ScenarioName, node: ExpectedSpanNode, parent?: ServiceName): void {
    const service = serviceOfSpan(node.name, parent);
    const entry = entryOf(node.name);
    if (parent !== undefined && service !== parent) {
      if (!entry.route) throw new Error(`${node.name} is called across a hop but has no route`);
      const method = entry.route.split(' ')[0];
      seen(scenario, {
        service: parent,
        name: method,
        kind: 'client',
        attributes: HTTP_CLIENT_ATTRIBUTES,
        events: [],
      });
      server(scenario, service, entry.route);
    }
    const failed = node.error === true;
    seen(
      scenario,
      {
        service,
        name: node.name,
        kind: 'internal',
        attributes: entry.attributes,
        events: entry.events,
      },
      failed,
    );
    for (const child of node.children) walk(scenario, child, service);
  }

  for (const [scenario, tree] of Object.entries(trees) as [ScenarioName, ExpectedSpanNode][]) {
    const request = requests[scenario];
    server(scenario, serviceOfSpan(tree.name, undefined), `${request.method} ${request.route}`);
    walk(scenario, tree);
  }

  const unused = Object.keys(manualSpans).filter(
    (name) => ![...rows.values()].some((row) => row.kind === 'internal' && row.name === name),
  );
  if (unused.length > 0)
    throw new Error(`the span catalogue lists spans no tree has: ${unused.join(', ')}`);

  return [...rows.values()]
    .map((row) => (row.failsIn.length > 0 ? { ...row, events: withException(row.events) } : row))
    .sort((a, b) => SERVICE_NAMES.indexOf(a.service) - SERVICE_NAMES.indexOf(b.service));
}

/** A manual span that fails records the error as an `exception` event (the error filter does). */
function withException(events: readonly SpanEvent[]): SpanEvent[] {
  return [...events, { name: 'exception', when: 'it fails' }];
}
