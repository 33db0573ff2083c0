import { FAULT_KINDS, type FaultKind, type FaultRule } from '@app/contracts/faults';
import { isServiceName, SERVICE_NAMES, SERVICES, type ServiceName } from '@app/topology';
import { parseCommandLine } from '../cli/command-line';
import { durationArg } from '../cli/duration-arg';
import { UsageError } from '../cli/usage.error';

/** Every command line `npm run fault` understands. */
export type FaultCliArgs =
  | { command: 'add'; service: ServiceName; rule: FaultRule }
  | { command: 'list' }
  | { command: 'clear'; service?: ServiceName }
  | { command: 'seed'; seed: number; service?: ServiceName }
  | { command: 'consistency' }
  | { command: 'operations'; service?: ServiceName }
  | { command: 'help' };

export const HELP = [
  'npm run fault -- <service> <kind> [<latency>] [options]',
  '  Adds a fault rule to a running service through its admin API and prints the rule.',
  `  <service>  ${SERVICE_NAMES.join(', ')}`,
  '  <kind>     error        the operation (or every request) fails: exception + ERROR status',
  '             latency      the operation (or every request) waits <latency> first',
  '             unreachable  calls to --hop fail as if it were down (503 naming the hop)',
  '             slow_query   database-service: each SQL statement waits <latency> first',
  '  --operation <name>  a manual span name (order-service.create_order) or a route',
  '                      (POST /inventory/reserve) of that service, as `operations` lists',
  '                      them (another name is refused); without it: every request',
  '  --rate <0..1>       the share of matching calls hit, chosen by the service seed (default 1)',
  '  --status <code>     error: the HTTP status answered, 400-599 (default 500)',
  '  --jitter <duration> latency, slow_query: up to this much more, drawn per call',
  '  --hop <service>     unreachable: the downstream service that looks dead (default: all)',
  '  Durations take their unit: 300ms, 1.5s, 2s.',
  '',
  'npm run fault -- list            every service: its seed and its rules',
  'npm run fault -- operations [<svc>]  what --operation may name: manual spans and routes',
  'npm run fault -- clear [<svc>]   removes every rule (of one service)',
  'npm run fault -- seed <n> [<svc>] re-seeds the random choice of every service (or one)',
  'npm run fault -- consistency     checks orders against stock: every order placed since',
  '                                 start-up took its units and no stock is negative; exit 1',
  '                                 naming each product that disagrees',
  '',
  `Environment: ADMIN_HOST (default 127.0.0.1), ADMIN_BASE_PORT (default ${SERVICES[0].adminPort}: ${SERVICES.map(
    ({ name, adminPort }) => `${name} ${adminPort}`,
  ).join(', ')}).`,
  'Exit status: 0 done; 1 consistency violated; 2 usage error or a service not answering.',
].join('\n');

function service(value: string | undefined, option?: string): ServiceName {
  if (value && isServiceName(value)) return value;
  const where = option ? ` for ${option}` : '';
  throw new UsageError(
    `unknown service "${value ?? ''}"${where}; one of: ${SERVICE_NAMES.join(', ')}`,
  );
}

function milliseconds(value: string, what: string): number {
  return Math.round(durationArg(value, what));
}

function number(value: string, what: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new UsageError(`${what} must be a number, not "${value}"`);
  }
  return parsed;
}

const OPTIONS = {
  operation: { type: 'string' },
  rate: { type: 'string' },
  status: { type: 'string' },
  jitter: { type: 'string' },
  hop: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function rule(kind: FaultKind, latency: string | undefined, values: Record<string, unknown>) {
  const option = (name: string) => values[name] as string | undefined;
  const result: FaultRule = { kind };
  if (option('operation') !== undefined) result.operation = option('operation');
  if (option('rate') !== undefined) result.rate = number(option('rate')!, '--rate');
  if (option('status') !== undefined) result.status = number(option('status')!, '--status');
  if (option('hop') !== undefined) result.hop = service(option('hop'), '--hop');
  if (latency !== undefined) result.latencyMs = milliseconds(latency, 'the latency');
  if (option('jitter') !== undefined) result.jitterMs = milliseconds(option('jitter')!, '--jitter');
  return result;
}

/** Reads the command line; throws UsageError saying what is wrong. */
export function parseFaultArgs(argv: string[]): FaultCliArgs {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [first, second, third, ...rest] = positionals;
  if (values.help || first === undefined || first === 'help') return { command: 'help' };
  const tooMany = (count: number) => {
    if (positionals.length > count) throw new UsageError(`unexpected "${positionals[count]}"`);
  };
  switch (first) {
    case 'list':
    case 'consistency':
      tooMany(1);
      return { command: first };
    case 'clear':
    case 'operations':
      tooMany(2);
      return { command: first, service: second === undefined ? undefined : service(second) };
    case 'seed': {
      tooMany(3);
      const seed = number(second ?? '', 'the seed');
      if (!Number.isInteger(seed) || seed < 0)
        throw new UsageError('the seed must be an integer ≥ 0');
      return { command: 'seed', seed, service: third === undefined ? undefined : service(third) };
    }
  }
  const target = service(first);
  if (!second || !(FAULT_KINDS as readonly string[]).includes(second)) {
    throw new UsageError(`unknown fault kind "${second ?? ''}"; one of: ${FAULT_KINDS.join(', ')}`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected "${rest[0]}"`);
  return { command: 'add', service: target, rule: rule(second as FaultKind, third, values) };
}
