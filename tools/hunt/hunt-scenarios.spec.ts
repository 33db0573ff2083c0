import { validateFaultRule } from '@app/contracts/faults';
import { HUNT_KINDS, HUNT_TARGETS, planHunt } from './hunt-scenarios';

describe(planHunt.name, () => {
  const seeds = Array.from({ length: 300 }, (_, seed) => seed);

  it.each(HUNT_KINDS)('%s: the same seed gives the same hunt', (kind) => {
    for (const seed of [0, 1, 42, 999_999])
      expect(planHunt(kind, seed)).toEqual(planHunt(kind, seed));
  });

  it('hides its fault in the manual spans of get-user, get-order and create-order, in this order', () => {
    // A seed picks a target by index: reordering the targets would change every seed's hunt.
    expect(HUNT_TARGETS.map(({ service, operation }) => `${service}: ${operation}`)).toEqual([
      'api-gateway: api-gateway.get_user',
      'api-gateway: api-gateway.get_order',
      'api-gateway: api-gateway.create_order',
      'user-service: user-service.get_user',
      'order-service: order-service.get_order',
      'order-service: order-service.create_order',
      'order-service: check_inventory',
      'order-service: create_order_record',
      'order-service: reserve_inventory',
      'database-service: database-service.query',
      'database-service: database-service.insert',
      'inventory-service: inventory-service.check',
      'inventory-service: inventory-service.reserve',
    ]);
  });

  it('draws from the seed alone (HMAC-SHA256), so a seed names one hunt everywhere', () => {
    expect(planHunt('slow-hop', 42)).toEqual({
      kind: 'slow-hop',
      seed: 42,
      service: 'api-gateway',
      operation: 'api-gateway.get_user',
      rule: { kind: 'latency', operation: 'api-gateway.get_user', latencyMs: 360 },
    });
    expect(planHunt('flaky-error', 42).rule).toEqual({
      kind: 'error',
      operation: 'api-gateway.get_user',
      rate: 0.35,
      status: 503,
    });
  });

  it.each(HUNT_KINDS)('%s: every rule is one the admin API takes', (kind) => {
    for (const seed of seeds)
      expect(validateFaultRule(planHunt(kind, seed).rule).errors).toBeUndefined();
  });

  it('slow-hop: a latency of 150-400 ms, in 10 ms steps, on the whole operation', () => {
    for (const seed of seeds) {
      const { rule, operation } = planHunt('slow-hop', seed);
      expect(rule).toEqual({ kind: 'latency', operation, latencyMs: expect.any(Number) });
      expect(rule.latencyMs! % 10).toBe(0);
      expect(rule.latencyMs).toBeGreaterThanOrEqual(150);
      expect(rule.latencyMs).toBeLessThanOrEqual(400);
    }
  });

  it('flaky-error: an error at a rate of 0.2-0.4 with a 5xx status', () => {
    for (const seed of seeds) {
      const { rule, operation } = planHunt('flaky-error', seed);
      expect(rule).toEqual({
        kind: 'error',
        operation,
        rate: expect.any(Number),
        status: expect.any(Number),
      });
      expect([0.2, 0.25, 0.3, 0.35, 0.4]).toContain(rule.rate);
      expect([500, 503]).toContain(rule.status);
    }
  });

  it.each(HUNT_KINDS)('%s: seeds reach every target, each on its own service', (kind) => {
    const chosen = new Set(seeds.map((seed) => planHunt(kind, seed).operation));
    expect([...chosen].sort()).toEqual(HUNT_TARGETS.map(({ operation }) => operation).sort());
    for (const seed of seeds.slice(0, 20)) {
      const plan = planHunt(kind, seed);
      expect(HUNT_TARGETS).toContainEqual({ service: plan.service, operation: plan.operation });
    }
  });

  it('different seeds hide the fault in different places', () => {
    const targets = new Set(seeds.slice(0, 20).map((seed) => planHunt('slow-hop', seed).operation));
    expect(targets.size).toBeGreaterThan(5);
  });
});
