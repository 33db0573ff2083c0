import type { TraceSpan } from '@app/trace-model';
import { FIVE_SERVICES } from './support/span-assertions';
import { type ExerciseStack, startExerciseStack } from './support/exercise-stack';
import { newTraceParent } from '../support/trace-context';

/**
 * Exercise 3: every service logs each request it handles, and every log line written while a
 * span is active ends with `trace_id=<32 hex> span_id=<16 hex>` naming that span, so a log line
 * leads to its trace and a span to its log lines. Lines outside any request carry no ids.
 */

// ANSI colour codes that Nest's console logger adds around parts of a line.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const CORRELATED = /trace_id=([0-9a-f]{32}) span_id=([0-9a-f]{16})/;

interface LogLine {
  text: string;
  traceId?: string;
  spanId?: string;
}

function logLines(output: string): LogLine[] {
  return output
    .replace(ANSI, '')
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text) => {
      const match = CORRELATED.exec(text);
      return match ? { text, traceId: match[1], spanId: match[2] } : { text };
    });
}

describe('exercise: log-correlation', () => {
  let stack: ExerciseStack;
  const order = newTraceParent();

  beforeAll(async () => {
    stack = await startExerciseStack();
    const response = await fetch(
      `${stack.url('api-gateway')}/orders?user_id=123&product_id=1&quantity=1`,
      { method: 'POST', headers: { traceparent: order.header } },
    );
    expect(response.status).toBe(201);
    // Stopping flushes every span and ends every log stream.
    await stack.stop();
  });

  afterAll(() => stack?.stop());

  it.each(FIVE_SERVICES)('%s logs a line naming one of its own spans in the trace', (service) => {
    const spans = new Map<string, TraceSpan>(
      stack.recorder
        .spansOf(order.traceId)
        .filter((span) => span.serviceName === service)
        .map((span) => [span.spanId, span]),
    );
    expect(spans.size).toBeGreaterThan(0);
    const lines = logLines(stack.output[service]).filter((line) => line.traceId === order.traceId);
    const named = lines.filter((line) => line.spanId !== undefined && spans.has(line.spanId));
    if (named.length === 0) {
      throw new Error(
        `${service} wrote no log line with trace_id=${order.traceId} and one of its span ids ` +
          `(${[...spans.keys()].join(', ')}). Lines it wrote:\n${stack.output[service]}`,
      );
    }
  });

  it.each(FIVE_SERVICES)('%s names no trace on lines written outside a request', (service) => {
    const startup = logLines(stack.output[service]).filter((line) =>
      /Listening on|Nest application successfully started/.test(line.text),
    );
    expect(startup.length).toBeGreaterThan(0);
    expect(startup.filter((line) => line.traceId !== undefined)).toEqual([]);
  });
});
