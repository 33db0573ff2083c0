// `npm run bench:profile`: V8's CPU profiler on every process of the stack (or of the floor)
// while it serves saturation load; writes one .cpuprofile per app under .profiles/ (git-ignored)
// and prints where the CPU time went. Open a profile in Chrome DevTools (Performance) for a flame
// graph.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, STACK_APPS } from '../../stack/stack-apps';
import { SERVICE_NAMES, SERVICES, TRACE_BACKEND } from '@app/topology';
import { pollFor } from '@tools/polling';
import { launchStack } from '../../stack/launch-stack';
import { BenchUsageError } from '../cli/bench-usage.error';
import { parseBenchArgs, positiveOption } from '../cli/parse-bench-args';
import { runBenchCommand } from '../cli/run-bench-command';
import { StackPorts } from '../../stack/stack-ports';
import { servicesEnv } from '../overhead/bench-ports';
import { buildForBench } from '../overhead/build-checkout';
import { floorEntryPoint } from '../overhead/floor/build-floor';
import { BENCH_MODES } from '../overhead/modes';
import { measureSaturation } from '../overhead/saturation';
import { BENCH_INITIAL_STOCK, BENCH_SCENARIOS } from '../overhead/scenarios';
import { printProfileSummary } from './print-summary';

const USAGE = `usage: npm run bench:profile -- [options]
  --mode <m>          ${BENCH_MODES.map(({ id }) => id).join(', ')} (default full); floor profiles the plain Nest chain
  --scenario <s>      ${BENCH_SCENARIOS.map(({ key }) => key).join(', ')} (default get-user)
  --duration <s>      seconds of profiled saturation load (default 20)
  --connections <n>   connections of that load (default 16)
  --top <n>           packages and functions listed per process (default 20)
  --root <dir>        the built checkout to profile (default this one)
  --help              this text
The stack runs on npm start's ports (${SERVICES.map(({ port }) => port).join(', ')}, ${TRACE_BACKEND.queryPort} …): stop npm start first.`;

/** npm start's ports: the profile runs one stack, alone. */
const PORTS = new StackPorts(0);

/** Waits (a minute at most) for a process that writes its profile as it exits to be gone. */
async function exited(pid: number): Promise<void> {
  await pollFor(() => !existsSync(`/proc/${pid}`) || undefined, { timeoutMs: 60_000 });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseBenchArgs({
    args: argv,
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
  if (!mode) throw new BenchUsageError(`--mode: unknown "${values.mode}"`);
  const scenario = BENCH_SCENARIOS.find(({ key }) => key === values.scenario);
  if (!scenario) throw new BenchUsageError(`--scenario: unknown "${values.scenario}"`);
  const durationMs = positiveOption('duration', values.duration) * 1000;
  const connections = positiveOption('connections', values.connections, true);
  const top = positiveOption('top', values.top, true);

  buildForBench(values.root);
  const dir = join(PROJECT_ROOT, '.profiles', new Date().toISOString().replace(/[:.]/g, '-'));
  mkdirSync(dir, { recursive: true });
  const profileOf = (app: string) => join(dir, `${app}.cpuprofile`);
  const ports = mode.floor ? servicesEnv(PORTS) : {};
  const stack = await launchStack({
    root: values.root,
    env: mode.env,
    apps: mode.floor ? SERVICE_NAMES : undefined,
    entryPoint: mode.floor ? floorEntryPoint : undefined,
    appEnv: Object.fromEntries(
      STACK_APPS.map(({ name }) => [
        name,
        {
          ...ports[name],
          CPU_PROFILE_FILE: profileOf(name),
          ...(name === 'inventory-service' ? { INITIAL_STOCK: BENCH_INITIAL_STOCK } : {}),
        },
      ]),
    ),
    nodeArgs: ['--require', join(__dirname, 'profile-on-signal.js')],
    startTimeoutMs: 60_000,
  });
  try {
    const signalAll = () =>
      Object.values(stack.pids).forEach((pid) => process.kill(pid, 'SIGWINCH'));
    const url = PORTS.url('api-gateway');
    await measureSaturation(url, scenario.request, connections, { leadMs: 3_000, windowMs: 0 });
    signalAll();
    const load = await measureSaturation(url, scenario.request, connections, {
      leadMs: 0,
      windowMs: durationMs,
    });
    const throughput = (load.ok * 1000) / load.windowMs;
    console.log(`${mode.id} ${scenario.id}: ${throughput.toFixed(1)} req/s, ${load.failed} failed`);
    signalAll();
    await Promise.all(Object.values(stack.pids).map(exited));
    for (const app of Object.keys(stack.pids)) {
      if (existsSync(profileOf(app))) printProfileSummary(app, profileOf(app), top, load.responses);
    }
  } finally {
    await stack.stop();
  }
}

runBenchCommand({ name: 'bench:profile', usage: USAGE, main });
