import { DEFAULT_TRACE_QUERY_URL } from '@app/topology';
import { expectedTrees, type ExpectedSpanNode } from '@app/contracts/traces';
import { drawOutline, type OutlineNode } from '@tools/trace-model';
import { runCli } from '../cli/run-cli';
import { UsageError } from '../cli/usage.error';
import { HELP, parseCliArgs } from './cli-args';
import { defaultUrlSettings } from './default-urls';
import { QueryApiError } from './query-api.error';
import { QueryApiUnreachableError } from './query-api-unreachable.error';
import { showTrace } from './show-trace.command';
import { explainTraceparent, newTraceparent, parseTraceparent } from './traceparent';

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
    case 'urls':
      for (const [setting, url] of defaultUrlSettings()) print(`${setting}=${url}`);
      return 0;
    case 'show':
      return showTrace(args, process.env.JAEGER_QUERY_URL || DEFAULT_TRACE_QUERY_URL, print);
  }
}

runCli('trace', run, [QueryApiUnreachableError, QueryApiError]);
