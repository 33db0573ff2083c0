import { layoutServiceMap } from './service-map-layout';

describe('layoutServiceMap', () => {
  it('puts callers left of callees and orders columns to avoid crossings', () => {
    const edge = (parent: string, child: string) => ({
      parent,
      child,
      callCount: 1,
      errorCount: 0,
    });
    const layout = layoutServiceMap({
      services: [],
      edges: [
        edge('api-gateway', 'user-service'),
        edge('api-gateway', 'order-service'),
        edge('user-service', 'database-service'),
        edge('order-service', 'inventory-service'),
        edge('order-service', 'database-service'),
      ],
    });
    const at = (name: string) => [layout.nodes.get(name)?.layer, layout.nodes.get(name)?.y];
    expect(layout.nodes.size).toBe(5);
    expect([at('api-gateway')[0], at('order-service')[0], at('user-service')[0]]).toEqual([
      0, 1, 1,
    ]);
    expect([at('inventory-service')[0], at('database-service')[0]]).toEqual([2, 2]);
    // order-service is above user-service, so inventory (only called by order) goes above database.
    expect(Number(at('order-service')[1]) < Number(at('user-service')[1])).toBe(true);
    expect(Number(at('inventory-service')[1]) < Number(at('database-service')[1])).toBe(true);
  });

  it('survives cycles and self calls', () => {
    const layout = layoutServiceMap({
      services: [{ name: 'a', spanCount: 1, errorCount: 0 }],
      edges: [
        { parent: 'a', child: 'b', callCount: 1, errorCount: 0 },
        { parent: 'b', child: 'a', callCount: 1, errorCount: 0 },
        { parent: 'b', child: 'b', callCount: 1, errorCount: 0 },
      ],
    });
    expect([layout.nodes.get('a')?.layer, layout.nodes.get('b')?.layer]).toEqual([0, 1]);
  });
});
