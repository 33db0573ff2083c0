import {
  drawOutline,
  expectedTrees,
  type ExpectedSpanNode,
  type OutlineNode,
} from '@app/trace-model';
import { runCli } from './cli/run-cli';
import { UsageError } from './cli/usage.error';
import { HELP, parseCliArgs } from './trace/cli-args';
import { QueryApiError } from './trace/query-api.error';
import { QueryApiUnreachableError } from './trace/query-api-unreachable.error';
import { showTrace } from './trace/show-trace.command';
import { explainTraceparent, newTraceparent, parseTraceparent } from './trace/traceparent';

const print = (line: string) => process.stdout.write(`${line}\n`);

function outline(node: ExpectedSpanNode): OutlineNode {
  const label = node.error ? `${node.name} [error]` : node.name;
  return { label, children: node.children.map(outline) };
}

async function run(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.command) {
    case 'help':
      print(HELP);
      print(
        `\nScenarios, for --expect and expected:\n  ${Object.keys(expectedTrees).join('\n  ')}`,
      );
      return 0;
    case 'new-traceparent': {
      const traceparent = newTraceparent();
      const parsed = parseTraceparent(traceparent);
      print(args.explain && !('error' in parsed) ? explainTraceparent(parsed) : traceparent);
      return 0;
    }
    case 'explain-traceparent': {
      const parsed = parseTraceparent(args.traceparent);
      if ('error' in parsed) throw new UsageError(`invalid traceparent: ${parsed.error}`);
      print(explainTraceparent(parsed));
      return 0;
    }
    case 'expected':
      print(drawOutline([outline(expectedTrees[args.scenario])]).join('\n'));
      return 0;
    case 'show':
      return showTrace(args, process.env.JAEGER_QUERY_URL || 'http://localhost:16686', print);
  }
}

runCli('trace', run, [QueryApiUnreachableError, QueryApiError]);
