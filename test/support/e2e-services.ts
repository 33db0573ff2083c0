import { startStack, type RunningStack } from './stack';

/** The five services an end-to-end suite starts, in the order a request reaches them. */
export const SERVICE_NAMES = [
  'api-gateway',
  'user-service',
  'order-service',
  'database-service',
  'inventory-service',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Test ports: 8000-8004 stay free for a developer's running stack. */
export const E2E_PORTS: Readonly<Record<ServiceName, number>> = {
  'api-gateway': 18000,
  'user-service': 18001,
  'order-service': 18002,
  'database-service': 18003,
  'inventory-service': 18004,
};

/** Base URL of a service of the test stack. */
export function serviceUrl(name: ServiceName): string {
  return `http://127.0.0.1:${E2E_PORTS[name]}`;
}

/** Where each caller finds its downstreams; a suite may point any of them elsewhere. */
export type DownstreamUrls = Partial<Record<ServiceName, string>>;

/** The environment that makes a service export OTLP/JSON (spans, logs) to `receiverUrl` quickly. */
export function telemetryEnv(receiverUrl: string): Record<string, string> {
  return {
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiverUrl,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '100',
    OTEL_BLRP_SCHEDULE_DELAY: '100',
  };
}

/** PORT, HOST and the *_SERVICE_URL settings of every service, downstreams overridable. */
export function servicesAppEnv(
  downstreams: DownstreamUrls = {},
  extra: Partial<Record<ServiceName, Record<string, string>>> = {},
): Record<ServiceName, Record<string, string>> {
  const url = (name: ServiceName) => downstreams[name] ?? serviceUrl(name);
  const base = (name: ServiceName) => ({
    PORT: String(E2E_PORTS[name]),
    HOST: '127.0.0.1',
    ...extra[name],
  });
  return {
    'api-gateway': {
      USER_SERVICE_URL: url('user-service'),
      ORDER_SERVICE_URL: url('order-service'),
      ...base('api-gateway'),
    },
    'user-service': { DATABASE_SERVICE_URL: url('database-service'), ...base('user-service') },
    'order-service': {
      DATABASE_SERVICE_URL: url('database-service'),
      INVENTORY_SERVICE_URL: url('inventory-service'),
      ...base('order-service'),
    },
    'database-service': base('database-service'),
    'inventory-service': base('inventory-service'),
  };
}

/** Starts the five built services on the test ports, exporting spans to `receiverUrl`. */
export function startServices(
  receiverUrl: string,
  downstreams: DownstreamUrls = {},
): Promise<RunningStack> {
  return startStack({
    apps: SERVICE_NAMES,
    env: telemetryEnv(receiverUrl),
    appEnv: servicesAppEnv(downstreams),
    startTimeoutMs: 60_000,
  });
}

/** Starts one extra api-gateway on `port`, its downstreams pointed wherever the test needs. */
export function startGateway(
  receiverUrl: string,
  port: number,
  downstreams: DownstreamUrls,
  env: Record<string, string> = {},
): Promise<RunningStack> {
  const appEnv = servicesAppEnv(downstreams, { 'api-gateway': { PORT: String(port), ...env } });
  return startStack({
    apps: ['api-gateway'],
    env: telemetryEnv(receiverUrl),
    appEnv: { 'api-gateway': appEnv['api-gateway'] },
    startTimeoutMs: 60_000,
  });
}
