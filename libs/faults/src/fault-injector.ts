import { type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultEngine } from './fault-engine';
import type { StoredFaultRule } from '@app/contracts/faults';
import { InjectedFaultError } from './injected-fault.error';
import { markInjected } from './mark-injected';
import { RefusingAgent } from './refusing-agent';
import { simulatedFaultOperation } from './simulated-fault';

/** The rule id the spans of `POST /orders/simulate-error` carry. */
export const SIMULATED_RULE_ID = 'simulate-error';

/**
 * The injection points a service calls where its work runs: every `@Span` operation, every
 * route, every downstream call and every SQL statement. Each returns at once when no rule aims at
 * it; otherwise it marks the active span and fails, delays or refuses the call.
 */
export class FaultInjector {
  constructor(private readonly engine: FaultEngine) {}

  /** True while no rule is set, so a caller can skip preparing its injection point. */
  get idle(): boolean {
    return this.engine.idle;
  }

  /** At the start of a manual span's operation, inside that span (the operation hook). */
  onOperation(operation: string): Promise<void> | undefined {
    if (simulatedFaultOperation() === operation) {
      const rule: StoredFaultRule = { id: SIMULATED_RULE_ID, kind: 'error', operation };
      markInjected(trace.getActiveSpan(), rule);
      throw new InjectedFaultError(rule, operation);
    }
    const rule = this.engine.fire({ at: 'operation', operation });
    return rule && this.strike(rule, operation, trace.getActiveSpan());
  }

  /**
   * Before a route's handler, inside the server span; the whole-service rules strike here, once
   * per request. An error is recorded on the server span, the span that raised it.
   */
  onRoute(route: string): Promise<void> | undefined {
    const rule = this.engine.fire({ at: 'route', route });
    if (!rule) return undefined;
    const span = trace.getActiveSpan();
    try {
      return this.strike(rule, route, span);
    } catch (error) {
      span?.recordException(error as Error);
      span?.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    }
  }

  /** An agent that refuses the call to `hop`, when an `unreachable` rule fires for it. */
  agentFor(hop: string): Agent | undefined {
    const rule = this.engine.fire({ at: 'hop', hop });
    return rule && new RefusingAgent(rule);
  }

  /** Before a SQL statement, inside the span of the operation that runs it (`slow_query`). */
  beforeQuery(): Promise<void> | undefined {
    if (this.engine.idle) return undefined;
    const span = trace.getActiveSpan();
    // The SDK's spans expose their name; the API's Span type does not promise it.
    const operation =
      span && 'name' in span && typeof span.name === 'string' ? span.name : undefined;
    const rule = this.engine.fire({ at: 'query', operation });
    return rule && this.strike(rule, operation ?? 'query', span);
  }

  private strike(rule: StoredFaultRule, where: string, span: Span | undefined): Promise<void> {
    if (rule.kind === 'error') {
      markInjected(span, rule);
      throw new InjectedFaultError(rule, where);
    }
    const delayMs = this.engine.delayMs(rule);
    markInjected(span, rule, delayMs);
    return sleep(delayMs).then(() => undefined);
  }
}
