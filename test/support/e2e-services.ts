import { SERVICE_NAMES, type ServiceName } from '@app/topology';
import { launchStack, type RunningStack } from '../../tools/stack/launch-stack';
import { StackPorts } from '../../tools/stack/stack-ports';

export { SERVICE_NAMES, type ServiceName };

/** The test stack: every port of `npm start` moved up by 10 000, so tests run beside it. */
export const TEST_PORTS = new StackPorts(10_000);

/** Each service's port in the test stack (its admin listener is this + 1000). */
export const E2E_PORTS: Readonly<Record<ServiceName, number>> = Object.fromEntries(
  SERVICE_NAMES.map((name) => [name, TEST_PORTS.port(name)]),
) as Record<ServiceName, number>;

/** Base URL of a service of the test stack. */
export function serviceUrl(name: ServiceName): string {
  return TEST_PORTS.url(name);
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
  const env = (name: ServiceName): Record<string, string> => ({
    ...TEST_PORTS.serviceEnv(name, downstreams),
    HOST: '127.0.0.1',
    ...extra[name],
  });
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, env(name)])) as Record<
    ServiceName,
    Record<string, string>
  >;
}

/** Starts the built services on the test ports, exporting spans to `receiverUrl`. */
export function startServices(
  receiverUrl: string,
  downstreams: DownstreamUrls = {},
): Promise<RunningStack> {
  return launchStack({
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
  return launchStack({
    apps: ['api-gateway'],
    env: telemetryEnv(receiverUrl),
    appEnv: { 'api-gateway': appEnv['api-gateway'] },
    startTimeoutMs: 60_000,
  });
}
