/**
 * `npm run hunt`: hides a fault for the "Find the slow hop" chapter, checks the learner's answer,
 * reveals it and removes it, all through the services' admin APIs. `npm run hunt -- --help`.
 */
import { randomInt } from 'node:crypto';
import { DEFAULT_TRACE_QUERY_URL } from '@app/topology';
import { runAdminCli } from '../fault/admin-cli-main';
import { HELP, parseHuntArgs } from './hunt-cli-args';
import { type ActiveHunt, HuntRules } from './hunt-rules';
import { type HuntKind, planHunt } from './hunt-scenarios';

const print = (line: string) => process.stdout.write(`${line}\n`);

const WHAT: Record<HuntKind, string> = {
  'slow-hop': 'waits 150-400 ms on every call',
  'flaky-error': 'fails 20-40 % of its calls',
};

const NO_HUNT = 'no hunt is running: start one with npm run hunt -- start slow-hop';

/** The column that shows each hunt's fault first in the viewer's Stats. */
const TELLING_COLUMN: Record<HuntKind, string> = { 'slow-hop': 'p99', 'flaky-error': 'errors' };

/** The viewer's Stats for the traffic since `sinceMs`, sorted to show a hunt's fault. */
function statsLink(kind: HuntKind, sinceMs: number): string {
  const viewer = process.env.JAEGER_QUERY_URL || DEFAULT_TRACE_QUERY_URL;
  return `${viewer}/stats?since=${sinceMs}&sort=${TELLING_COLUMN[kind]}`;
}

/** What `answer` and `reveal` say, and exit with, when there is nothing to look at. */
function noHunt(): number {
  process.stderr.write(`${NO_HUNT}\n`);
  return 2;
}

function where({ service, rule }: ActiveHunt): string {
  return `${rule.operation ?? '(every request)'} in ${service}`;
}

async function run(argv: string[], hunts: HuntRules): Promise<number> {
  const args = parseHuntArgs(argv);
  switch (args.command) {
    case 'help':
      print(HELP);
      return 0;
    case 'start': {
      const plan = planHunt(args.kind, args.seed ?? randomInt(1, 1_000_000));
      await hunts.start(plan);
      const since = Date.now();
      print(`${plan.kind} hunt started (seed ${plan.seed}).`);
      print(`One operation of one of the five services now ${WHAT[plan.kind]}.`);
      print(
        'Send traffic:  npm run load -- --rate 20 --duration 30s --mix get-user=3,get-order=3,create-order=2',
      );
      print(`Find it:       ${statsLink(plan.kind, since)}`);
      print('               (Stats since the hunt started; then Search, the trace, npm run trace)');
      print('Answer:        npm run hunt -- answer <service> <operation>');
      return 0;
    }
    case 'answer': {
      const active = await hunts.active();
      if (active.length === 0) return noHunt();
      const found = active.find(
        ({ service, rule }) => service === args.service && rule.operation === args.operation,
      );
      if (found) {
        print(`right: the ${found.kind} fault is on ${where(found)} (seed ${found.seed}).`);
        print('npm run hunt -- stop removes it.');
        return 0;
      }
      print(`wrong: the fault is not on ${args.operation} in ${args.service}. Look again,`);
      print('or give up with npm run hunt -- reveal.');
      return 1;
    }
    case 'reveal': {
      const active = await hunts.active();
      if (active.length === 0) return noHunt();
      for (const hunt of active) {
        const { rule } = hunt;
        const fault =
          rule.kind === 'latency'
            ? `waits ${rule.latencyMs} ms on every call`
            : `fails ${Math.round((rule.rate ?? 1) * 100)} % of its calls with ${rule.status ?? 500}`;
        print(`${hunt.kind} hunt, seed ${hunt.seed}: ${where(hunt)} ${fault} (rule ${rule.id}).`);
      }
      return 0;
    }
    case 'stop': {
      const removed = await hunts.clear();
      if (removed.length === 0) print('no hunt was running');
      for (const hunt of removed)
        print(`${hunt.kind} hunt (seed ${hunt.seed}) stopped: its fault is removed`);
      return 0;
    }
  }
}

runAdminCli('hunt', (argv, admin) => run(argv, new HuntRules(admin)));
