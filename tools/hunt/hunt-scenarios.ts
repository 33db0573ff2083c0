import { createHmac } from 'node:crypto';
import type { FaultRule } from '@app/contracts/faults';
import { expectedTrees, type ScenarioName } from '@app/contracts/traces';
import { SERVICE_NAMES, type ServiceName } from '@app/topology';
import { placeExpectedSpans } from '@tools/trace-model';

/** The two hunts: a hop that is always slow, and an operation that fails some of the time. */
export const HUNT_KINDS = ['slow-hop', 'flaky-error'] as const;
export type HuntKind = (typeof HUNT_KINDS)[number];

/** A manual span of the seed's get-user, get-order and create-order trees, and where it runs. */
export interface HuntTarget {
  service: ServiceName;
  operation: string;
}

/** The scenarios whose manual spans a hunt may slow down or break: the three that succeed. */
const HUNTED_SCENARIOS: readonly ScenarioName[] = ['get-user', 'get-order', 'create-order'];

/**
 * Where a hunt may hide its fault: every manual span the three succeeding scenarios make, each
 * once, grouped by service in the map's order. The order is part of what a seed means (a seed
 * picks by index), and the spec pins it.
 */
export const HUNT_TARGETS: readonly HuntTarget[] = SERVICE_NAMES.flatMap((service) =>
  [
    ...new Set(
      HUNTED_SCENARIOS.flatMap((scenario) => placeExpectedSpans(expectedTrees[scenario]))
        .filter((place) => place.service === service)
        .map(({ node }) => node.name),
    ),
  ].map((operation) => ({ service, operation })),
);

/** A slow hop waits 150-400 ms, in steps of 10 ms: well above the few ms every hop takes. */
const SLOW_MS = { min: 150, max: 400, step: 10 };
/** A flaky operation fails 20-40 % of its calls, in steps of 5 %. */
const FLAKY_RATE = { min: 0.2, max: 0.4, step: 0.05 };
const FLAKY_STATUSES = [500, 503] as const;

/** The hidden fault of one hunt: where it is, and the rule that puts it there. */
export interface HuntPlan extends HuntTarget {
  kind: HuntKind;
  seed: number;
  rule: FaultRule;
}

/**
 * A seeded choice among `count` values (0..count-1); `purpose` keeps each choice independent. The
 * draw is the fault engine's (libs/faults, fault-draw.ts): the first 48 bits of an HMAC-SHA256
 * keyed by the seed, so a seed means the same hunt on every machine.
 */
function pick(seed: number, kind: HuntKind, purpose: string, count: number): number {
  const digest = createHmac('sha256', String(seed)).update(`hunt:${kind}:${purpose}:0`).digest();
  return Math.min(count - 1, Math.floor((digest.readUIntBE(0, 6) / 2 ** 48) * count));
}

function stepped(
  seed: number,
  kind: HuntKind,
  { min, max, step }: { min: number; max: number; step: number },
) {
  const steps = Math.round((max - min) / step) + 1;
  return Number((min + pick(seed, kind, 'amount', steps) * step).toFixed(2));
}

/**
 * The hunt a seed stands for: the same kind and seed give the same target and rule on every
 * machine. The rule carries no label yet: hunt-rules.ts adds it.
 */
export function planHunt(kind: HuntKind, seed: number): HuntPlan {
  const target = HUNT_TARGETS[pick(seed, kind, 'target', HUNT_TARGETS.length)];
  const rule: FaultRule =
    kind === 'slow-hop'
      ? { kind: 'latency', operation: target.operation, latencyMs: stepped(seed, kind, SLOW_MS) }
      : {
          kind: 'error',
          operation: target.operation,
          rate: stepped(seed, kind, FLAKY_RATE),
          status: FLAKY_STATUSES[pick(seed, kind, 'status', FLAKY_STATUSES.length)],
        };
  return { kind, seed, ...target, rule };
}
