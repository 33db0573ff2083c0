import type { StoredFaultRule } from '@app/contracts/faults';

/** The failure an `error` fault raises; the service answers with the rule's status. */
export class InjectedFaultError extends Error {
  readonly status: number;

  constructor(
    readonly rule: StoredFaultRule,
    operation: string,
  ) {
    const status = rule.status ?? 500;
    super(`Injected fault ${rule.id}: ${operation} failed with ${status}`);
    this.name = 'InjectedFaultError';
    this.status = status;
  }
}
