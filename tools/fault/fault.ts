/**
 * `npm run fault`: sets, lists and clears injected faults on the running services through their
 * admin APIs, and checks that orders and stock agree. `npm run fault -- --help` says how.
 */
import type { StoredFaultRule } from '@app/contracts/faults';
import { SERVICE_NAMES, type ServiceName } from '@app/topology';
import type { AdminClient } from './admin.client';
import { runAdminCli } from './admin-cli-main';
import { checkConsistency, plural } from './consistency-check';
import { HELP, parseFaultArgs } from './fault-cli-args';

const print = (line: string) => process.stdout.write(`${line}\n`);

function describe(rule: StoredFaultRule): string {
  const { id, kind, ...rest } = rule;
  const details = Object.entries(rest).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${id} ${kind}${details.length > 0 ? ` ${details.join(' ')}` : ''}`;
}

async function run(argv: string[], admin: AdminClient): Promise<number> {
  const args = parseFaultArgs(argv);
  const services = (one?: ServiceName): readonly ServiceName[] => (one ? [one] : SERVICE_NAMES);
  switch (args.command) {
    case 'help':
      print(HELP);
      return 0;
    case 'add': {
      const rule = await admin.call<StoredFaultRule>(args.service, 'POST', '/faults', args.rule);
      print(`${args.service}: added ${describe(rule)}`);
      return 0;
    }
    case 'list':
      for (const service of SERVICE_NAMES) {
        const view = await admin.call<{ seed: number; rules: StoredFaultRule[] }>(
          service,
          'GET',
          '/faults',
        );
        const rules = view.rules.map((rule) => `\n  ${describe(rule)}`).join('');
        print(`${service} (seed ${view.seed}):${rules || ' no faults'}`);
      }
      return 0;
    case 'clear':
      for (const service of services(args.service)) {
        await admin.call(service, 'DELETE', '/faults');
        print(`${service}: faults cleared`);
      }
      return 0;
    case 'seed':
      for (const service of services(args.service)) {
        await admin.call(service, 'PUT', '/faults/seed', { seed: args.seed });
        print(`${service}: seed ${args.seed}`);
      }
      return 0;
    case 'operations':
      for (const service of services(args.service)) {
        const { spans, routes } = await admin.call<{ spans: string[]; routes: string[] }>(
          service,
          'GET',
          '/faults/operations',
        );
        print(`${service}\n  manual spans: ${spans.join(', ')}\n  routes: ${routes.join(', ')}`);
      }
      return 0;
    case 'consistency': {
      const violations = await checkConsistency(admin);
      for (const { productId, problem } of violations) print(`product ${productId}: ${problem}`);
      print(
        violations.length === 0
          ? 'consistent: every order took its stock, and no stock is negative'
          : `inconsistent: stock and orders disagree for ${plural(violations.length, 'product')}`,
      );
      return violations.length === 0 ? 0 : 1;
    }
  }
}

runAdminCli('fault', run);
