import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansFromJaegerTrace } from './jaeger-trace.parser';
import type { JaegerEnvelope, JaegerTrace } from './api/jaeger-trace.types';
import { buildSpanTree } from './span-tree.builder';
import { looksComplete } from './trace-completeness';

function createOrderSpans() {
  const text = readFileSync(join(__dirname, 'fixtures', 'create-order.jaeger.json'), 'utf8');
  const trace = (JSON.parse(text) as JaegerEnvelope<JaegerTrace[]>).data[0];
  return spansFromJaegerTrace(trace);
}

describe(looksComplete.name, () => {
  it('accepts a whole trace whose root names the caller outside it', () => {
    const spans = createOrderSpans();
    expect(spans.find((span) => span.name === 'POST' && span.kind === 'server')).toBeDefined();
    expect(looksComplete(buildSpanTree(spans))).toBe(true);
  });

  it('rejects a trace whose callee has not exported yet: a client span without children', () => {
    const spans = createOrderSpans().filter((span) => span.serviceName !== 'inventory-service');
    expect(looksComplete(buildSpanTree(spans))).toBe(false);
  });

  it('rejects a trace whose caller has not exported yet: more than one root', () => {
    const spans = createOrderSpans().filter((span) => span.serviceName !== 'api-gateway');
    expect(looksComplete(buildSpanTree(spans))).toBe(false);
  });

  it('rejects an empty trace', () => {
    expect(looksComplete(buildSpanTree([]))).toBe(false);
  });
});
