import type { ExpectedSpanNode, ScenarioName } from '@app/contracts/traces';
import { SERVICE_NAMES, type ServiceName } from '@app/topology';
import { placeExpectedSpans } from '@tools/trace-model';
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

  function client(scenario: ScenarioName, service: ServiceName, method: string): void {
    const attributes = HTTP_CLIENT_ATTRIBUTES;
    seen(scenario, { service, name: method, kind: 'client', attributes, events: [] });
  }

  function entryOf(name: string): ManualSpanEntry {
    const entry = manualSpans[name];
    if (!entry) throw new Error(`the span catalogue says nothing about ${name}, which a tree has`);
    return entry;
  }

  for (const [scenario, tree] of Object.entries(trees) as [ScenarioName, ExpectedSpanNode][]) {
    const request = requests[scenario];
    for (const { node, service, parentService } of placeExpectedSpans(tree)) {
      const entry = entryOf(node.name);
      if (parentService === undefined) {
        server(scenario, service, `${request.method} ${request.route}`);
      } else if (service !== parentService) {
        if (!entry.route) throw new Error(`${node.name} is called across a hop but has no route`);
        client(scenario, parentService, entry.route.split(' ')[0]);
        server(scenario, service, entry.route);
      }
      const { attributes, events } = entry;
      const manual = { service, name: node.name, kind: 'internal', attributes, events } as const;
      seen(scenario, manual, node.error === true);
    }
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
