import { isScenarioName, type ScenarioName } from '@app/trace-model';
import { UsageError } from './usage.error';

/** `trace <id> [--transport] [--expect <scenario>] [--wait <seconds>]` */
export interface ShowTraceArgs {
  command: 'show';
  traceId: string;
  transport: boolean;
  expect?: ScenarioName;
  waitSeconds: number;
}

/** Every command line the CLI understands. */
export type CliArgs =
  | ShowTraceArgs
  | { command: 'new-traceparent'; explain: boolean }
  | { command: 'explain-traceparent'; traceparent: string }
  | { command: 'expected'; scenario: ScenarioName }
  | { command: 'help' };

/** The synopsis, printed after a usage error. */
export const USAGE = [
  'usage: npm run trace -- <trace id> [--transport] [--expect <scenario>] [--wait <seconds>]',
  '       npm run trace -- new-traceparent [--explain]',
  '       npm run trace -- explain-traceparent <traceparent>',
  '       npm run trace -- expected <scenario>',
  '       npm run trace -- --help',
].join('\n');

/** What `--help` prints: every command and option, and what each does. */
export const HELP = [
  'npm run trace -- <trace id> [options]',
  '  Fetches a trace from the Jaeger query API (JAEGER_QUERY_URL, default',
  '  http://localhost:16686), waiting for it to arrive, and draws its manual spans as a tree.',
  '  --transport          draw the HTTP spans too, each with its kind and service',
  '  --expect <scenario>  compare the manual spans with the tree the scenario expects; print',
  '                       PASS, or FAIL with the differences and exit 1',
  '  --wait <seconds>     how long to wait for the trace and all its spans (default 15)',
  '',
  'npm run trace -- new-traceparent [--explain]',
  '  Prints a new random traceparent header, sampled; --explain takes it apart too.',
  '',
  'npm run trace -- explain-traceparent <traceparent>',
  '  Takes a traceparent header apart, field by field.',
  '',
  'npm run trace -- expected <scenario>',
  '  Draws the tree of manual spans a scenario expects ([error] marks a span with error status).',
  '',
  'Exit status: 0 on success or PASS; 1 for a trace not found, or FAIL; 2 for a usage error,',
  'or a query API that cannot be reached or answers with an error.',
].join('\n');

function scenario(value: string | undefined): ScenarioName {
  if (value && isScenarioName(value)) return value;
  throw new UsageError(`unknown scenario "${value ?? ''}"`);
}

function parseShow(args: string[]): ShowTraceArgs {
  const result: ShowTraceArgs = { command: 'show', traceId: '', transport: false, waitSeconds: 15 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--transport') result.transport = true;
    else if (arg === '--expect') result.expect = scenario(args[++i]);
    else if (arg === '--wait') {
      const seconds = Number(args[++i]);
      if (!Number.isFinite(seconds) || seconds < 0)
        throw new UsageError('--wait needs seconds ≥ 0');
      result.waitSeconds = seconds;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (result.traceId) throw new UsageError(`unexpected argument ${arg}`);
    else result.traceId = arg.toLowerCase();
  }
  // Jaeger prints 64-bit-high-zero trace ids with 16 digits, so accept both widths.
  if (!/^([0-9a-f]{16}|[0-9a-f]{32})$/.test(result.traceId)) {
    throw new UsageError(`a trace id is 32 hex digits, got "${result.traceId}"`);
  }
  return result;
}

/** Parses the words after `npm run trace --`. */
export function parseCliArgs(args: string[]): CliArgs {
  const [first, ...rest] = args;
  switch (first) {
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      return { command: 'help' };
    case 'new-traceparent':
      if (rest.some((arg) => arg !== '--explain'))
        throw new UsageError('new-traceparent takes only --explain');
      return { command: 'new-traceparent', explain: rest.length > 0 };
    case 'explain-traceparent':
      if (!rest[0]) throw new UsageError('explain-traceparent needs a traceparent');
      return { command: 'explain-traceparent', traceparent: rest[0] };
    case 'expected':
      return { command: 'expected', scenario: scenario(rest[0]) };
    default:
      return parseShow(args);
  }
}
