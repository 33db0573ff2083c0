import { faultDraw } from './fault-draw';
import { FaultEngine } from './fault-engine';

describe(FaultEngine.name, () => {
  it('numbers rules f1, f2… and lists, removes and clears them', () => {
    const engine = new FaultEngine('inventory-service', 7, [{ kind: 'latency', latencyMs: 50 }]);
    expect(engine.add({ kind: 'error', operation: 'inventory-service.reserve' })).toEqual({
      id: 'f2',
      kind: 'error',
      operation: 'inventory-service.reserve',
    });
    expect(engine.list().map((rule) => rule.id)).toEqual(['f1', 'f2']);
    expect(engine.remove('f1')).toBe(true);
    expect(engine.remove('f1')).toBe(false);
    engine.clear();
    expect(engine.list()).toEqual([]);
  });

  it('is idle exactly while it holds no rule', () => {
    const engine = new FaultEngine('shop', 1);
    expect(engine.idle).toBe(true);
    const { id } = engine.add({ kind: 'latency', latencyMs: 5 });
    expect(engine.idle).toBe(false);
    engine.remove(id);
    expect(engine.idle).toBe(true);
  });

  it('aims operation rules at their span, whole-service rules at routes only', () => {
    const engine = new FaultEngine('order-service', 1, [
      { kind: 'error', operation: 'check_inventory' },
      { kind: 'latency', latencyMs: 10 },
    ]);
    expect(engine.fire({ at: 'operation', operation: 'check_inventory' })?.id).toBe('f1');
    expect(engine.fire({ at: 'operation', operation: 'reserve_inventory' })).toBeUndefined();
    expect(engine.fire({ at: 'route', route: 'POST /orders' })?.id).toBe('f2');
    expect(engine.fire({ at: 'hop', hop: 'database-service' })).toBeUndefined();
  });

  it('matches unreachable rules by hop and slow_query rules by the running operation', () => {
    const engine = new FaultEngine('order-service', 1, [
      { kind: 'unreachable', hop: 'inventory-service' },
      { kind: 'slow_query', latencyMs: 5, operation: 'database-service.insert' },
    ]);
    expect(engine.fire({ at: 'hop', hop: 'database-service' })).toBeUndefined();
    expect(engine.fire({ at: 'hop', hop: 'inventory-service' })?.id).toBe('f1');
    expect(engine.fire({ at: 'query', operation: 'database-service.query' })).toBeUndefined();
    expect(engine.fire({ at: 'query', operation: 'database-service.insert' })?.id).toBe('f2');
  });

  it('fires call n of a rule exactly when draw n of its seed is below the rate', () => {
    const pattern = (seed: number) => {
      const engine = new FaultEngine('user-service', seed, [{ kind: 'error', rate: 0.3 }]);
      return Array.from({ length: 40 }, () =>
        engine.fire({ at: 'route', route: 'GET /users/:id' }) ? 1 : 0,
      );
    };
    const expected = Array.from({ length: 40 }, (_, n) =>
      faultDraw(42, 'f1', 'fire', n) < 0.3 ? 1 : 0,
    );
    expect(pattern(42)).toEqual(expected);
    expect(pattern(42)).toEqual(pattern(42));
    expect(pattern(43)).not.toEqual(pattern(42));
    const hits = expected.reduce((sum: number, hit) => sum + hit, 0);
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(40);
  });

  it('starts the draws again when re-seeded', () => {
    const engine = new FaultEngine('user-service', 5, [{ kind: 'error', rate: 0.5 }]);
    const run = () =>
      Array.from({ length: 20 }, () => Boolean(engine.fire({ at: 'route', route: 'GET /x' })));
    const first = run();
    engine.reseed(5);
    expect(run()).toEqual(first);
  });

  it('adds a seeded share of the jitter to the latency', () => {
    const engine = new FaultEngine('x', 9, [{ kind: 'latency', latencyMs: 100, jitterMs: 50 }]);
    const rule = engine.list()[0];
    const delays = Array.from({ length: 10 }, () => engine.delayMs(rule));
    expect(delays).toEqual(
      Array.from({ length: 10 }, (_, n) => 100 + Math.round(faultDraw(9, 'f1', 'jitter', n) * 50)),
    );
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(100);
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(150);
  });
});
