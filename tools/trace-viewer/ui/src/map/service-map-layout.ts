import type { ServiceMap, ServiceNode } from '../api/api.types';

export interface PlacedNode {
  service: ServiceNode;
  layer: number;
  x: number;
  y: number;
}

export interface MapLayout {
  nodes: Map<string, PlacedNode>;
  width: number;
  height: number;
}

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 62;
const COLUMN_GAP = 170;
const ROW_GAP = 40;
const MARGIN = 30;

// The gateway is where requests enter, so it leads when the graph has several entry points.
const byEntryThenName = (a: string, b: string): number =>
  Number(b === 'api-gateway') - Number(a === 'api-gateway') || a.localeCompare(b);

/** Places services in columns by call distance from the entry services (left to right). */
export function layoutServiceMap(map: ServiceMap): MapLayout {
  const services = new Map<string, ServiceNode>(map.services.map((s) => [s.name, s]));
  for (const edge of map.edges) {
    for (const name of [edge.parent, edge.child]) {
      if (!services.has(name)) services.set(name, { name, spanCount: 0, errorCount: 0 });
    }
  }
  const children = new Map<string, string[]>();
  const hasCaller = new Set<string>();
  for (const edge of map.edges) {
    if (edge.parent === edge.child) continue;
    children.set(edge.parent, [...(children.get(edge.parent) ?? []), edge.child]);
    hasCaller.add(edge.child);
  }
  const names = [...services.keys()].sort(byEntryThenName);
  const layer = new Map<string, number>();
  // Breadth first from entry services; a cycle with no entry is started from its first name.
  const starts = [...names.filter((n) => !hasCaller.has(n)), ...names];
  for (const start of starts) {
    if (layer.has(start)) continue;
    layer.set(start, 0);
    const queue = [start];
    while (queue.length) {
      const name = queue.shift() as string;
      for (const child of (children.get(name) ?? []).sort(byEntryThenName)) {
        if (layer.has(child)) continue;
        layer.set(child, (layer.get(name) ?? 0) + 1);
        queue.push(child);
      }
    }
  }
  const columns = new Map<number, string[]>();
  for (const name of names) {
    const l = layer.get(name) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), name]);
  }
  // Barycentre ordering: a service sits near the average row of its callers in the previous
  // column, which removes most edge crossings in graphs this small.
  const callers = new Map<string, string[]>();
  for (const edge of map.edges)
    callers.set(edge.child, [...(callers.get(edge.child) ?? []), edge.parent]);
  for (let l = 1; columns.has(l); l++) {
    const previous = columns.get(l - 1) ?? [];
    const centre = (name: string): number => {
      const rows = (callers.get(name) ?? []).map((c) => previous.indexOf(c)).filter((i) => i >= 0);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : previous.length;
    };
    columns.get(l)?.sort((a, b) => centre(a) - centre(b) || byEntryThenName(a, b));
  }
  const tallest = Math.max(1, ...[...columns.values()].map((c) => c.length));
  const height = MARGIN * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP;
  const nodes = new Map<string, PlacedNode>();
  for (const [l, column] of columns) {
    const columnHeight = column.length * NODE_HEIGHT + (column.length - 1) * ROW_GAP;
    column.forEach((name, i) => {
      nodes.set(name, {
        service: services.get(name) as ServiceNode,
        layer: l,
        x: MARGIN + l * (NODE_WIDTH + COLUMN_GAP),
        y: (height - columnHeight) / 2 + i * (NODE_HEIGHT + ROW_GAP),
      });
    });
  }
  const layers = Math.max(1, columns.size);
  const width = MARGIN * 2 + layers * NODE_WIDTH + (layers - 1) * COLUMN_GAP;
  return { nodes, width, height };
}
