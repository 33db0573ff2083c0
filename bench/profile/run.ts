// `npm run bench:profile`: V8's CPU profiler on every process of the stack while it serves
// saturation load; writes one .cpuprofile per app under .profiles/ (git-ignored) and prints
// where the CPU time went. Open a profile in Chrome DevTools (Performance) for a flame graph.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, STACK_APPS } from '../../scripts/stack/stack-apps';
import { startStack } from '../../test/support/stack';
import { BENCH_MODES } from '../overhead/modes';
import { measureSaturation } from '../overhead/saturation';
import { BENCH_INITIAL_STOCK, BENCH_SCENARIOS } from '../overhead/scenarios';
import { printProfileSummary } from './print-summary';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'full' },
    scenario: { type: 'string', default: 'get-user' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '16' },
    top: { type: 'string', default: '20' },
    root: { type: 'string', default: PROJECT_ROOT },
  },
});
const mode = BENCH_MODES.find(({ id }) => id === values.mode);
const scenario = BENCH_SCENARIOS.find(({ key }) => key === values.scenario);
if (!mode || !scenario) {
  console.error(
    `usage: npm run bench:profile -- [--mode ${BENCH_MODES.map(({ id }) => id).join('|')}]` +
      ` [--scenario ${BENCH_SCENARIOS.map(({ key }) => key).join('|')}] [--duration 20]`,
  );
  process.exit(2);
}

async function exited(pid: number): Promise<void> {
  while (existsSync(`/proc/${pid}`)) await new Promise((resolve) => setTimeout(resolve, 100));
}

async function main(): Promise<void> {
  const dir = join(PROJECT_ROOT, '.profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  const profileOf = (app: string) => join(dir, `${app}.cpuprofile`);
  const stack = await startStack({
    root: values.root,
    env: mode!.env,
    appEnv: Object.fromEntries(
      STACK_APPS.map(({ name }) => [
        name,
        {
          CPU_PROFILE_FILE: profileOf(name),
          ...(name === 'inventory-service' ? { INITIAL_STOCK: BENCH_INITIAL_STOCK } : {}),
        },
      ]),
    ),
    nodeArgs: ['--require', join(__dirname, 'profile-on-signal.js')],
    startTimeoutMs: 60_000,
  });
  const signalAll = () => Object.values(stack.pids).forEach((pid) => process.kill(pid, 'SIGWINCH'));
  const url = 'http://127.0.0.1:8000';
  await measureSaturation(url, scenario!.request, Number(values.connections), {
    leadMs: 3_000,
    windowMs: 0,
  });
  signalAll();
  const load = await measureSaturation(url, scenario!.request, Number(values.connections), {
    leadMs: 0,
    windowMs: Number(values.duration) * 1000,
  });
  const throughput = (load.ok * 1000) / load.windowMs;
  console.log(`${mode!.id} ${scenario!.id}: ${throughput.toFixed(1)} req/s, ${load.failed} failed`);
  signalAll();
  await Promise.all(Object.values(stack.pids).map(exited));
  await stack.stop();
  for (const app of Object.keys(stack.pids)) {
    if (existsSync(profileOf(app))) {
      printProfileSummary(app, profileOf(app), Number(values.top), load.responses);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
