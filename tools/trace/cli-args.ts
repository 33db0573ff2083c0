import { DEFAULT_TRACE_QUERY_URL } from '@app/topology';
import { isScenarioName, type ScenarioName } from '@app/contracts/traces';
import { parseCommandLine } from '../cli/command-line';
import { durationArg } from '../cli/duration-arg';
import { UsageError } from '../cli/usage.error';

/** `trace <id> [--transport] [--expect <scenario>] [--wait <duration>]` */
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
  | { command: 'urls' }
  | { command: 'help' };

/** What `--help` prints: every command and option, and what each does. */
export const HELP = [
  'npm run trace -- <trace id> [options]',
  '  Fetches a trace from the Jaeger query API (JAEGER_QUERY_URL, default',
  `  ${DEFAULT_TRACE_QUERY_URL}), waiting for it to arrive, and draws its manual spans as a tree.`,
  '  --transport          draw the HTTP spans too, each with its kind and service',
  '  --expect <scenario>  compare the manual spans with the tree the scenario expects; print',
  '                       PASS, or FAIL with the differences and exit 1',
  '  --wait <duration>    how long to wait for the trace and all its spans (default 15s)',
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
  'npm run trace -- urls',
  '  Prints where npm start serves each service and the query API, as SETTING=url lines',
  '  (what test_traces.sh uses for each setting not already set).',
  '',
  'Exit status: 0 on success or PASS; 1 for a trace not found, or FAIL; 2 for a usage error,',
  'or a query API that cannot be reached or answers with an error.',
].join('\n');

function scenario(value: string | undefined): ScenarioName {
  if (value && isScenarioName(value)) return value;
  throw new UsageError(`unknown scenario "${value ?? ''}"`);
}

const OPTIONS = {
  transport: { type: 'boolean' },
  expect: { type: 'string' },
  wait: { type: 'string' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

/** Refuses the options given that `command` does not take. */
function onlyOptions(command: string, values: Options, allowed: (keyof Options)[]): void {
  const extra = Object.keys(values).find((name) => !allowed.includes(name as keyof Options));
  if (extra) throw new UsageError(`${command} does not take --${extra}`);
}

function parseShow(traceId: string, values: Options): ShowTraceArgs {
  onlyOptions('a trace id', values, ['transport', 'expect', 'wait']);
  const id = traceId.toLowerCase();
  // Jaeger prints 64-bit-high-zero trace ids with 16 digits, so accept both widths.
  if (!/^([0-9a-f]{16}|[0-9a-f]{32})$/.test(id)) {
    throw new UsageError(`a trace id is 32 hex digits, got "${traceId}"`);
  }
  return {
    command: 'show',
    traceId: id,
    transport: values.transport ?? false,
    ...(values.expect === undefined ? {} : { expect: scenario(values.expect) }),
    waitSeconds:
      values.wait === undefined
        ? 15
        : durationArg(values.wait, '--wait', { examples: '15s or 1m' }) / 1000,
  };
}

/** Parses the words after `npm run trace --`; throws UsageError saying what is wrong. */
export function parseCliArgs(args: string[]): CliArgs {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const [first, second, ...rest] = positionals;
  if (values.help || first === undefined || first === 'help') return { command: 'help' };
  const expectArguments = (count: number, what: string) => {
    if (positionals.length - 1 !== count) throw new UsageError(`${first} takes ${what}`);
  };
  switch (first) {
    case 'new-traceparent':
      onlyOptions(first, values, ['explain']);
      expectArguments(0, 'only --explain');
      return { command: 'new-traceparent', explain: values.explain ?? false };
    case 'explain-traceparent':
      onlyOptions(first, values, []);
      expectArguments(1, 'one traceparent');
      return { command: 'explain-traceparent', traceparent: second };
    case 'expected':
      onlyOptions(first, values, []);
      expectArguments(1, `one scenario`);
      return { command: 'expected', scenario: scenario(second) };
    case 'urls':
      onlyOptions(first, values, []);
      expectArguments(0, 'no argument');
      return { command: 'urls' };
    default:
      if (second !== undefined) throw new UsageError(`unexpected argument ${[second, ...rest][0]}`);
      return parseShow(first, values);
  }
}
