import { countExpectedSpans, expectedTrees } from '@app/contracts/traces';
import {
  buildSpanTree,
  compareSpanTree,
  isTransportSpan,
  renderSpanTree,
  spansFromJaegerTrace,
} from '@tools/trace-model';
import type { ShowTraceArgs } from './cli-args';
import { waitForTrace } from './trace-query.client';

/** Why a trace may be missing, likeliest first: most often it was never recorded at all. */
function notFound(args: ShowTraceArgs, baseUrl: string): string[] {
  return [
    `Trace ${args.traceId} not found at ${baseUrl} after ${args.waitSeconds} s. Likely causes:`,
    '  - it was not sampled: a traceparent whose trace-flags are 00 (it ends in -00), or a',
    '    sampler that keeps only a fraction (OTEL_TRACES_SAMPLER), means no service records it;',
    '  - its spans were not exported yet: services send them in batches, every 200 ms unless',
    `    OTEL_BSP_SCHEDULE_DELAY says otherwise; wait longer with --wait ${Math.max(30, args.waitSeconds * 2)}s;`,
    '  - they went elsewhere: the services export to OTEL_EXPORTER_OTLP_ENDPOINT, this command',
    '    reads JAEGER_QUERY_URL.',
  ];
}

/** Exit codes: 0 shown or PASS, 1 not found or FAIL (2, unreachable, is thrown to the caller). */
export async function showTrace(
  args: ShowTraceArgs,
  baseUrl: string,
  print: (line: string) => void,
): Promise<number> {
  const expected = args.expect ? expectedTrees[args.expect] : undefined;
  const { trace, timedOut } = await waitForTrace({
    baseUrl,
    traceId: args.traceId,
    timeoutMs: args.waitSeconds * 1000,
    expectedManualSpans: expected ? countExpectedSpans(expected) : undefined,
  });
  if (!trace) {
    print(notFound(args, baseUrl).join('\n'));
    return 1;
  }
  const spans = spansFromJaegerTrace(trace);
  const manual = spans.filter((span) => !isTransportSpan(span)).length;
  const services = new Set(spans.map((span) => span.serviceName)).size;
  print(
    `Trace ${trace.traceID}: ${spans.length} spans from ${services} services ` +
      `(${manual} manual, ${spans.length - manual} HTTP transport)`,
  );
  const tree = buildSpanTree(spans);
  print(renderSpanTree(tree, { showTransport: args.transport }));
  if (!expected || !args.expect) return 0;

  const result = compareSpanTree(tree, expected);
  if (result.ok) {
    print(`PASS ${args.expect}`);
    return 0;
  }
  const why = timedOut ? ` (after waiting ${args.waitSeconds} s for spans)` : '';
  print(`FAIL ${args.expect}${why}`);
  for (const difference of result.differences) print(`  - ${difference}`);
  print(result.diff);
  return 1;
}
