import type { TraceSpan } from '@tools/trace-model';

/** `service:name(kind)` for failure messages. */
export function describeSpan(span: TraceSpan): string {
  return `${span.serviceName}:${span.name}(${span.kind})`;
}

/** The one span named `name` (and of `service`, if given); throws naming what the trace holds. */
export function findSpan(spans: readonly TraceSpan[], name: string, service?: string): TraceSpan {
  const matches = spans.filter(
    (span) => span.name === name && (service === undefined || span.serviceName === service),
  );
  if (matches.length !== 1) {
    throw new Error(
      `expected one span "${name}"${service ? ` in ${service}` : ''}, found ${matches.length}; ` +
        `the trace holds: ${spans.map(describeSpan).join(', ') || 'nothing'}`,
    );
  }
  return matches[0];
}

/** The spans whose parent is `parent`. */
export function childrenOf(spans: readonly TraceSpan[], parent: TraceSpan): TraceSpan[] {
  return spans.filter((span) => span.parentSpanId === parent.spanId);
}

/** The names of the services that sent at least one span, sorted. */
export function servicesIn(spans: readonly TraceSpan[]): string[] {
  return [...new Set(spans.map((span) => span.serviceName))].sort();
}

/** The five services of the seed, sorted as `servicesIn` returns them. */
export const FIVE_SERVICES = [
  'api-gateway',
  'database-service',
  'inventory-service',
  'order-service',
  'user-service',
];
