import { faultDraw } from './fault-draw';
import type { FaultKind, FaultRule, StoredFaultRule } from '@app/contracts/faults';

/** Where in a service a fault may strike, as the injection points describe themselves. */
export type FaultPoint =
  | { at: 'operation'; operation: string }
  | { at: 'route'; route: string }
  | { at: 'hop'; hop: string }
  | { at: 'query'; operation: string | undefined };

const POINT_KINDS: Record<FaultPoint['at'], readonly FaultKind[]> = {
  operation: ['error', 'latency'],
  route: ['error', 'latency'],
  hop: ['unreachable'],
  query: ['slow_query'],
};

/** Whether `rule` aims at `point`; a rule without operation covers the whole service once per request. */
function aimsAt(rule: StoredFaultRule, point: FaultPoint): boolean {
  if (!POINT_KINDS[point.at].includes(rule.kind)) return false;
  switch (point.at) {
    case 'operation':
      return rule.operation === point.operation;
    case 'route':
      return rule.operation === undefined || rule.operation === point.route;
    case 'hop':
      return rule.hop === undefined || rule.hop === point.hop;
    case 'query':
      return rule.operation === undefined || rule.operation === point.operation;
  }
}

/**
 * One service's fault rules and its seeded choice of which calls they hit. Each rule counts its
 * own matching calls, and call n fires when draw n is below the rule's rate (fault-draw.ts), so a
 * seed replays the same pattern for the same sequence of requests.
 */
export class FaultEngine {
  private rules: StoredFaultRule[] = [];
  private lastId = 0;
  private readonly calls = new Map<string, number>();

  constructor(
    readonly service: string,
    private currentSeed: number,
    initialRules: readonly FaultRule[] = [],
  ) {
    for (const rule of initialRules) this.add(rule);
  }

  /** True while no rule is set: every injection point then has nothing to do. */
  get idle(): boolean {
    return this.rules.length === 0;
  }

  get seed(): number {
    return this.currentSeed;
  }

  list(): StoredFaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  add(rule: FaultRule): StoredFaultRule {
    this.lastId += 1;
    const stored = { id: `f${this.lastId}`, ...rule };
    this.rules.push(stored);
    return { ...stored };
  }

  /** Removes rule `id`; false when there is none. */
  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  /** Starts every rule's draws again from `seed`. */
  reseed(seed: number): void {
    this.currentSeed = seed;
    this.calls.clear();
  }

  /** The first rule aimed at `point` that fires on this call, if any. */
  fire(point: FaultPoint): StoredFaultRule | undefined {
    if (this.rules.length === 0) return undefined;
    for (const rule of this.rules) {
      if (!aimsAt(rule, point)) continue;
      const n = this.calls.get(rule.id) ?? 0;
      this.calls.set(rule.id, n + 1);
      if (faultDraw(this.currentSeed, rule.id, 'fire', n) < (rule.rate ?? 1)) return { ...rule };
    }
    return undefined;
  }

  /** The delay `rule` adds on this call: its latency plus a seeded share of its jitter. */
  delayMs(rule: StoredFaultRule): number {
    const jitter = rule.jitterMs ?? 0;
    if (jitter === 0) return rule.latencyMs ?? 0;
    const n = this.calls.get(`${rule.id}:jitter`) ?? 0;
    this.calls.set(`${rule.id}:jitter`, n + 1);
    const share = faultDraw(this.currentSeed, rule.id, 'jitter', n);
    return (rule.latencyMs ?? 0) + Math.round(share * jitter);
  }
}
