/** What an injected fault does. */
export const FAULT_KINDS = ['error', 'latency', 'unreachable', 'slow_query'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** One fault to inject, as the admin API (`POST /faults`) and the FAULTS setting take it. */
export interface FaultRule {
  kind: FaultKind;
  /** A manual span name or a route such as `POST /inventory/reserve`; absent: the whole service. */
  operation?: string;
  /** The share of matching calls that fail or slow down, 0..1; 1 when absent. */
  rate?: number;
  /** The status an `error` answers with; 500 when absent. */
  status?: number;
  /** The delay a `latency` or `slow_query` adds. */
  latencyMs?: number;
  /** Up to this much more, drawn per call. */
  jitterMs?: number;
  /** `unreachable`: the downstream service whose calls fail as if it were down; absent: all. */
  hop?: string;
  /** A note for the tool that set the rule, to find it again (`npm run hunt` marks its own). */
  label?: string;
}

/** A rule as the engine holds it, with the id that marks the spans it touched. */
export interface StoredFaultRule extends FaultRule {
  id: string;
}
