import type { ServiceEdge, ServiceMap } from '../api/api.types';
import { serviceColor } from '../lib/colors';
import { h, link, svg } from '../lib/dom';
import { formatPercent } from '../lib/format';
import { NODE_HEIGHT, NODE_WIDTH, type MapLayout } from './service-map-layout';

function edgePath(
  layout: MapLayout,
  edge: ServiceEdge,
): { d: string; lx: number; ly: number } | undefined {
  const from = layout.nodes.get(edge.parent);
  const to = layout.nodes.get(edge.child);
  if (!from || !to) return undefined;
  if (from === to) {
    const x = from.x + NODE_WIDTH - 30;
    const y = from.y;
    return {
      d: `M ${x - 20} ${y} C ${x - 30} ${y - 45}, ${x + 30} ${y - 45}, ${x + 10} ${y}`,
      lx: x - 5,
      ly: y - 40,
    };
  }
  if (to.layer > from.layer) {
    const x1 = from.x + NODE_WIDTH;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x - 4;
    const y2 = to.y + NODE_HEIGHT / 2;
    const dx = (x2 - x1) / 2;
    return {
      d: `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`,
      lx: (x1 + x2) / 2,
      ly: (y1 + y2) / 2 - 6,
    };
  }
  // Calls back to an earlier or the same column arc underneath the boxes.
  const x1 = from.x + NODE_WIDTH / 2;
  const y1 = from.y + NODE_HEIGHT;
  const x2 = to.x + NODE_WIDTH / 2;
  const y2 = to.y + NODE_HEIGHT + 4;
  const dip = Math.max(y1, y2) + 50;
  return {
    d: `M ${x1} ${y1} C ${x1} ${dip}, ${x2} ${dip}, ${x2} ${y2}`,
    lx: (x1 + x2) / 2,
    ly: dip - 8,
  };
}

/** Draws the laid-out map as SVG: one box per service, one labelled arrow per edge. */
export function drawMap(map: ServiceMap, layout: MapLayout): SVGSVGElement {
  const extraBottom = map.edges.some(
    (e) => (layout.nodes.get(e.child)?.layer ?? 0) <= (layout.nodes.get(e.parent)?.layer ?? 0),
  )
    ? 60
    : 0;
  const height = layout.height + extraBottom + 20;
  const root = svg('svg', {
    class: 'map',
    testid: 'service-map',
    attrs: {
      viewBox: `0 -20 ${layout.width} ${height}`,
      width: String(layout.width),
      role: 'img',
      'aria-label': 'Service dependency map',
    },
  });
  const marker = (id: string, color: string): SVGMarkerElement =>
    svg(
      'marker',
      {
        attrs: {
          id,
          viewBox: '0 0 10 10',
          refX: '9',
          refY: '5',
          markerUnits: 'userSpaceOnUse',
          markerWidth: '11',
          markerHeight: '11',
          orient: 'auto-start-reverse',
        },
      },
      svg('path', { attrs: { d: 'M 0 0 L 10 5 L 0 10 z', fill: color } }),
    );
  root.append(svg('defs', {}, marker('arrow', '#64748b'), marker('arrow-error', '#dc2626')));

  const maxCalls = Math.max(1, ...map.edges.map((e) => e.callCount));
  for (const edge of map.edges) {
    const path = edgePath(layout, edge);
    if (!path) continue;
    const failing = edge.errorCount > 0;
    const rate = edge.callCount ? edge.errorCount / edge.callCount : 0;
    const label = `${edge.callCount} call${edge.callCount === 1 ? '' : 's'}${failing ? ` · ${formatPercent(rate)} errors` : ''}`;
    const labelText = svg(
      'text',
      {
        class: 'map-edge-label',
        attrs: { x: String(path.lx), y: String(path.ly), 'text-anchor': 'middle' },
      },
      label,
    );
    root.append(
      svg(
        'g',
        {
          class: `map-edge${failing ? ' failing' : ''}`,
          testid: 'service-map-edge',
          data: {
            parent: edge.parent,
            child: edge.child,
            calls: String(edge.callCount),
            errors: String(edge.errorCount),
          },
        },
        svg('title', {}, `${edge.parent} → ${edge.child}: ${label}`),
        svg('path', {
          attrs: {
            d: path.d,
            fill: 'none',
            'stroke-width': String(1.5 + 3 * Math.sqrt(edge.callCount / maxCalls)),
            'marker-end': `url(#${failing ? 'arrow-error' : 'arrow'})`,
          },
        }),
        labelText,
      ),
    );
  }
  for (const node of layout.nodes.values()) {
    const color = serviceColor(node.service.name);
    const errors = node.service.errorCount;
    root.append(
      svg(
        'g',
        {
          class: `map-node${errors ? ' failing' : ''}`,
          testid: 'service-map-node',
          data: { service: node.service.name },
          attrs: { transform: `translate(${node.x} ${node.y})` },
        },
        svg('rect', {
          class: 'map-node-box',
          attrs: { width: String(NODE_WIDTH), height: String(NODE_HEIGHT), rx: '10' },
        }),
        svg('rect', {
          attrs: {
            width: '6',
            height: String(NODE_HEIGHT - 16),
            x: '8',
            y: '8',
            rx: '3',
            fill: color,
          },
        }),
        svg('text', { class: 'map-node-name', attrs: { x: '24', y: '26' } }, node.service.name),
        svg(
          'text',
          { class: 'map-node-meta', attrs: { x: '24', y: '46' } },
          `${node.service.spanCount} spans`,
          errors
            ? svg(
                'tspan',
                { class: 'map-node-errors' },
                ` · ${errors} error${errors === 1 ? '' : 's'}`,
              )
            : null,
        ),
      ),
    );
  }
  return root;
}

/** Lists the edges as a table: caller, callee, calls, errors and error rate. */
export function edgeTable(edges: ServiceEdge[]): HTMLElement {
  const rows = [...edges]
    .sort((a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child))
    .map((e) =>
      h(
        'tr',
        { testid: 'service-map-edge-row' },
        h('td', {}, link(`/search?service=${encodeURIComponent(e.parent)}`, {}, e.parent)),
        h('td', { class: 'arrow' }, '→'),
        h('td', {}, link(`/search?service=${encodeURIComponent(e.child)}`, {}, e.child)),
        h('td', { class: 'num' }, String(e.callCount)),
        h('td', { class: `num${e.errorCount ? ' bad' : ''}` }, String(e.errorCount)),
        h(
          'td',
          { class: `num${e.errorCount ? ' bad' : ''}` },
          formatPercent(e.callCount ? e.errorCount / e.callCount : 0),
        ),
      ),
    );
  return h(
    'table',
    { class: 'card table', testid: 'service-map-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Caller'),
        h('th', {}, ''),
        h('th', {}, 'Callee'),
        h('th', { class: 'num' }, 'Calls'),
        h('th', { class: 'num' }, 'Errors'),
        h('th', { class: 'num' }, 'Error rate'),
      ),
    ),
    h('tbody', {}, ...rows),
  );
}
