import type { Span } from '@opentelemetry/api';
import {
  ATTR_FAULT_DELAY_MS,
  ATTR_FAULT_INJECTED,
  ATTR_FAULT_KIND,
  ATTR_FAULT_RULE_ID,
} from '@app/telemetry';
import type { StoredFaultRule } from '@app/contracts/faults';

/** Marks `span` as touched by `rule`, so a trace tells an injected fault from a real one. */
export function markInjected(
  span: Span | undefined,
  rule: StoredFaultRule,
  delayMs?: number,
): void {
  span?.setAttributes({
    [ATTR_FAULT_INJECTED]: true,
    [ATTR_FAULT_RULE_ID]: rule.id,
    [ATTR_FAULT_KIND]: rule.kind,
    ...(delayMs === undefined ? {} : { [ATTR_FAULT_DELAY_MS]: delayMs }),
  });
}
