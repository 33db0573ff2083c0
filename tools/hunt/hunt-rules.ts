import type { StoredFaultRule } from '@app/contracts/faults';
import { SERVICE_NAMES, type ServiceName } from '@app/topology';
import type { AdminClient } from '../fault/admin.client';
import { HUNT_KINDS, type HuntKind, type HuntPlan } from './hunt-scenarios';

/** A hunt as the services hold it: its rule, the service it is set on, and its kind and seed. */
export interface ActiveHunt {
  service: ServiceName;
  rule: StoredFaultRule;
  kind: HuntKind;
  seed: number;
}

const LABEL = new RegExp(`^hunt (${HUNT_KINDS.join('|')}) seed (\\d+)$`);

/** The label that marks a hunt's rule, so every command finds it again with no state of its own. */
export function huntLabel(kind: HuntKind, seed: number): string {
  return `hunt ${kind} seed ${seed}`;
}

/** The kind and seed a rule's label names, when it is a hunt's. */
export function parseHuntLabel(
  label: string | undefined,
): { kind: HuntKind; seed: number } | undefined {
  const match = label === undefined ? null : LABEL.exec(label);
  return match ? { kind: match[1] as HuntKind, seed: Number(match[2]) } : undefined;
}

/** Sets, finds and removes hunt rules through the services' admin APIs; others are left alone. */
export class HuntRules {
  constructor(private readonly admin: AdminClient) {}

  /** Every hunt rule the services hold now (one, after `start`). */
  async active(): Promise<ActiveHunt[]> {
    const views = await Promise.all(
      SERVICE_NAMES.map((service) =>
        this.admin.call<{ rules: StoredFaultRule[] }>(service, 'GET', '/faults'),
      ),
    );
    return views.flatMap(({ rules }, index) =>
      rules.flatMap((rule) => {
        const hunt = parseHuntLabel(rule.label);
        return hunt ? [{ service: SERVICE_NAMES[index], rule, ...hunt }] : [];
      }),
    );
  }

  /** Removes every hunt rule; resolves with the ones removed. */
  async clear(): Promise<ActiveHunt[]> {
    const hunts = await this.active();
    for (const { service, rule } of hunts) {
      await this.admin.call(service, 'DELETE', `/faults/${encodeURIComponent(rule.id)}`);
    }
    return hunts;
  }

  /** Replaces any earlier hunt with `plan`'s rule, labelled with its kind and seed. */
  async start(plan: HuntPlan): Promise<void> {
    await this.clear();
    await this.admin.call(plan.service, 'POST', '/faults', {
      ...plan.rule,
      label: huntLabel(plan.kind, plan.seed),
    });
  }
}
