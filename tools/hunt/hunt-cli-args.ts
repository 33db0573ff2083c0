import { isServiceName, SERVICE_NAMES, SERVICES, type ServiceName } from '@app/topology';
import { parseCommandLine } from '../cli/command-line';
import { UsageError } from '../cli/usage.error';
import { HUNT_KINDS, type HuntKind } from './hunt-scenarios';

/** Every command line `npm run hunt` understands; start without --seed draws one. */
export type HuntCliArgs =
  | { command: 'start'; kind: HuntKind; seed?: number }
  | { command: 'answer'; service: ServiceName; operation: string }
  | { command: 'reveal' }
  | { command: 'stop' }
  | { command: 'help' };

export const HELP = [
  'npm run hunt -- start <hunt> [--seed <n>]',
  '  Hides one fault in the running stack, chosen by the seed (a random one when not given),',
  '  after removing the fault of any earlier hunt. Other fault rules are left alone.',
  '  slow-hop     one operation of one service waits 150-400 ms on every call',
  '  flaky-error  one operation of one service fails 20-40 % of its calls',
  '  Then send traffic (npm run load) and find the operation in the trace viewer.',
  '',
  'npm run hunt -- answer <service> <operation>',
  '  Says whether the fault is there: npm run hunt -- answer order-service check_inventory',
  'npm run hunt -- reveal   prints the hunt and its seed, and where the fault is',
  "npm run hunt -- stop     removes the hunt's fault",
  '',
  `Environment: ADMIN_HOST (default 127.0.0.1), ADMIN_BASE_PORT (default ${SERVICES[0].adminPort}), as npm run fault.`,
  'Exit status: 0 done, or a right answer; 1 a wrong answer; 2 usage error, no hunt running,',
  'or a service not answering.',
].join('\n');

const OPTIONS = {
  seed: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function seedOf(value: string): number {
  const seed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed must be an integer ≥ 0, not "${value}"`);
  }
  return seed;
}

/** Reads the command line; throws UsageError saying what is wrong. */
export function parseHuntArgs(argv: string[]): HuntCliArgs {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help' };
  const expect = (count: number, what: string) => {
    if (rest.length !== count) throw new UsageError(`${command} takes ${what}`);
  };
  if (values.seed !== undefined && command !== 'start') {
    throw new UsageError('--seed goes with start');
  }
  switch (command) {
    case 'start': {
      expect(1, `one hunt: ${HUNT_KINDS.join(' or ')}`);
      const kind = rest[0];
      if (!(HUNT_KINDS as readonly string[]).includes(kind)) {
        throw new UsageError(`unknown hunt "${kind}"; one of: ${HUNT_KINDS.join(', ')}`);
      }
      const seed = values.seed === undefined ? undefined : seedOf(values.seed);
      return { command, kind: kind as HuntKind, seed };
    }
    case 'answer': {
      expect(2, 'a service and an operation: answer order-service check_inventory');
      const [service, operation] = rest;
      if (!isServiceName(service)) {
        throw new UsageError(`unknown service "${service}"; one of: ${SERVICE_NAMES.join(', ')}`);
      }
      return { command, service, operation };
    }
    case 'reveal':
    case 'stop':
      expect(0, 'no arguments');
      return { command };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
