import { connect } from 'node:net';
import { SERVICE_NAMES } from '@app/topology';
import { launchStack } from '../../stack/launch-stack';
import { benchPorts, servicesEnv, viewerEnv } from './bench-ports';
import { floorEntryPoint } from './floor/build-floor';
import type { BenchMode } from './modes';
import { BENCH_INITIAL_STOCK } from './scenarios';
import { StackPause } from './stack-pause';

/** One running copy of the stack in one mode. */
export interface BenchStack {
  mode: BenchMode;
  gatewayUrl: string;
  /** The trace viewer's query API, for the mode that exports to it. */
  viewerUrl?: string;
  /** Process id per app, for their CPU time. */
  pids: Record<string, number>;
  /** Stops and continues its processes, so only the stack under measurement runs. */
  pause: StackPause;
  stop(): Promise<void>;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Refuses to start when something already listens on a port the mode needs: its health check
 * would pass against the other process, and the benchmark would measure the wrong stack.
 */
async function assertPortsFree(ports: number[]): Promise<void> {
  const taken = [];
  for (const port of ports) if (await answers(port)) taken.push(port);
  if (taken.length > 0) {
    throw new Error(
      `Port ${taken.join(', ')} already in use: stop what runs there (npm start?) and try again.`,
    );
  }
}

/**
 * Starts the stack in `mode` from the build in `root` (the floor from this checkout's build of
 * it): the five services, plus the trace viewer when the mode exports. The modes live side by side
 * on their own ports, so the benchmark can alternate between them every few seconds; the full mode
 * runs exactly as `npm start` does. The stack starts paused: the benchmark continues it for its
 * slices.
 */
export async function startBenchStack(mode: BenchMode, root: string): Promise<BenchStack> {
  const ports = benchPorts(mode.id);
  const viewerPorts = mode.exports ? ports.viewer : undefined;
  await assertPortsFree([
    ...SERVICE_NAMES.map((service) => ports.port(service)),
    ...(viewerPorts ? [viewerPorts.query, viewerPorts.otlp, viewerPorts.jaeger] : []),
  ]);
  const appEnv = mode.id === 'full' ? {} : servicesEnv(ports);
  appEnv['inventory-service'] = {
    ...appEnv['inventory-service'],
    INITIAL_STOCK: BENCH_INITIAL_STOCK,
  };
  const viewer = viewerPorts && viewerEnv(mode.id, ports);
  if (viewer) appEnv['trace-viewer'] = viewer.viewer;
  const stack = await launchStack({
    root,
    env: { ...mode.env, ...viewer?.services },
    appEnv,
    apps: mode.exports ? ['trace-viewer', ...SERVICE_NAMES] : SERVICE_NAMES,
    entryPoint: mode.floor ? floorEntryPoint : undefined,
    startTimeoutMs: 90_000,
  });
  const pause = new StackPause(stack.pids);
  pause.pause();
  return {
    mode,
    gatewayUrl: ports.url('api-gateway'),
    viewerUrl: viewerPorts ? `http://127.0.0.1:${viewerPorts.query}` : undefined,
    pids: stack.pids,
    pause,
    stop: () => {
      // A stopped process would hold SIGTERM until it is continued.
      pause.resume();
      return stack.stop();
    },
  };
}
