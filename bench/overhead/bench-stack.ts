import { connect } from 'node:net';
import { SERVICE_NAMES, type ServiceName } from '../../test/support/e2e-services';
import { startStack } from '../../test/support/stack';
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

/** First port of each mode's services; `full` keeps npm start's own ports, 8000-8004. */
const PORT_BASE: Record<BenchMode['id'], number> = {
  floor: 8600,
  full: 8000,
  disabled: 8100,
  recording: 8200,
  unmetered: 8300,
  exported: 8400,
  quiet: 8500,
};

/** PORT and the downstream URLs of each service, the services numbered from port `base` on. */
export function servicesEnv(base: number): Record<string, Record<string, string>> {
  const url = (service: ServiceName) => `http://127.0.0.1:${base + SERVICE_NAMES.indexOf(service)}`;
  const env = Object.fromEntries(
    SERVICE_NAMES.map((service, i): [string, Record<string, string>] => [
      service,
      { PORT: String(base + i) },
    ]),
  );
  Object.assign(env['api-gateway'], {
    USER_SERVICE_URL: url('user-service'),
    ORDER_SERVICE_URL: url('order-service'),
  });
  env['user-service'].DATABASE_SERVICE_URL = url('database-service');
  Object.assign(env['order-service'], {
    DATABASE_SERVICE_URL: url('database-service'),
    INVENTORY_SERVICE_URL: url('inventory-service'),
  });
  return env;
}

/** A viewer's ports: query API and UI, OTLP, Jaeger Thrift. */
interface ViewerPorts {
  query: number;
  otlp: number;
  jaeger: number;
}

/** `full` uses npm start's viewer ports; `exported` a viewer of its own beside it. */
const VIEWER_PORTS: Partial<Record<BenchMode['id'], ViewerPorts>> = {
  full: { query: 16686, otlp: 4318, jaeger: 14268 },
  exported: { query: 16786, otlp: 4418, jaeger: 14368 },
};

function viewerEnv(
  mode: BenchMode['id'],
  ports: ViewerPorts,
): { services: Record<string, string>; viewer: Record<string, string> } {
  if (mode === 'full') return { services: {}, viewer: {} };
  return {
    services: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${ports.otlp}` },
    viewer: {
      TRACE_VIEWER_QUERY_PORT: String(ports.query),
      TRACE_VIEWER_OTLP_PORT: String(ports.otlp),
      TRACE_VIEWER_JAEGER_PORT: String(ports.jaeger),
    },
  };
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
  const base = PORT_BASE[mode.id];
  const viewerPorts = mode.exports ? VIEWER_PORTS[mode.id] : undefined;
  await assertPortsFree([
    ...SERVICE_NAMES.map((_, i) => base + i),
    ...(viewerPorts ? [viewerPorts.query, viewerPorts.otlp, viewerPorts.jaeger] : []),
  ]);
  const appEnv = mode.id === 'full' ? {} : servicesEnv(base);
  appEnv['inventory-service'] = {
    ...appEnv['inventory-service'],
    INITIAL_STOCK: BENCH_INITIAL_STOCK,
  };
  const viewer = viewerPorts && viewerEnv(mode.id, viewerPorts);
  if (viewer) appEnv['trace-viewer'] = viewer.viewer;
  const stack = await startStack({
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
    gatewayUrl: `http://127.0.0.1:${base}`,
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
