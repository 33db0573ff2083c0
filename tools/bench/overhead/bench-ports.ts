import { SERVICE_NAMES } from '@app/topology';
import { StackPorts } from '../../stack/stack-ports';
import type { BenchMode } from './modes';

/**
 * Where each mode's stack runs: the map's ports moved by the mode's offset (`full` keeps npm
 * start's own), so the modes live side by side.
 */
const PORT_OFFSET: Record<BenchMode['id'], number> = {
  full: 0,
  disabled: 100,
  recording: 200,
  unmetered: 300,
  exported: 400,
  quiet: 500,
  floor: 600,
};

/** The ports of `mode`'s stack. */
export function benchPorts(mode: BenchMode['id']): StackPorts {
  return new StackPorts(PORT_OFFSET[mode]);
}

/** PORT and the downstream URLs of each service of a stack on `ports`. */
export function servicesEnv(ports: StackPorts): Record<string, Record<string, string>> {
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, ports.serviceEnv(name)]));
}

/**
 * What a mode's viewer is told (its ports) and what the services are told (where it is). `full`
 * runs on npm start's own ports with npm start's own settings: nothing is set.
 */
export function viewerEnv(
  mode: BenchMode['id'],
  ports: StackPorts,
): { services: Record<string, string>; viewer: Record<string, string> } {
  if (mode === 'full') return { services: {}, viewer: {} };
  return {
    services: { OTEL_EXPORTER_OTLP_ENDPOINT: ports.exportEnv().OTEL_EXPORTER_OTLP_ENDPOINT },
    viewer: ports.viewerEnv(),
  };
}
