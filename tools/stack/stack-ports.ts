import { SERVICE_NAMES, SERVICES, type ServiceName, serviceOf, TRACE_BACKEND } from '@app/topology';
import { DEFAULT_CONTROL_PORT } from './control-server';
import { TRACE_VIEWER } from './stack-apps';

/** The trace viewer's three listeners. */
export interface ViewerPorts {
  query: number;
  otlp: number;
  jaeger: number;
}

/**
 * A whole stack on the map's ports moved by one offset: every service, its admin listener (PORT +
 * 1000 follows by itself) and the viewer. The tests, the exercise checks and the benchmarks each
 * run their stack at an offset of their own, so none collides with `npm start` (offset 0).
 */
export class StackPorts {
  constructor(readonly offset: number) {}

  port(service: ServiceName): number {
    return serviceOf(service).port + this.offset;
  }

  adminPort(service: ServiceName): number {
    return serviceOf(service).adminPort + this.offset;
  }

  /** A service's base URL, on loopback. */
  url(service: ServiceName): string {
    return `http://127.0.0.1:${this.port(service)}`;
  }

  get viewer(): ViewerPorts {
    return {
      query: TRACE_BACKEND.queryPort + this.offset,
      otlp: TRACE_BACKEND.otlpHttpPort + this.offset,
      jaeger: TRACE_BACKEND.jaegerThriftPort + this.offset,
    };
  }

  /** The launcher's control port, for `npm run stack` (`STACK_CONTROL_PORT`). */
  get controlPort(): number {
    return DEFAULT_CONTROL_PORT + this.offset;
  }

  /** The viewer's query API, where the tools read traces (`JAEGER_QUERY_URL`). */
  get viewerUrl(): string {
    return `http://127.0.0.1:${this.viewer.query}`;
  }

  /** Where the services send spans and logs: this stack's viewer (OTLP, or Jaeger Thrift). */
  exportEnv(): Record<string, string> {
    return {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${this.viewer.otlp}`,
      OTEL_EXPORTER_JAEGER_ENDPOINT: `http://127.0.0.1:${this.viewer.jaeger}/api/traces`,
    };
  }

  /** A service's PORT, and the URL setting of each service it calls (`downstreams` may move one). */
  serviceEnv(
    service: ServiceName,
    downstreams: Partial<Record<ServiceName, string>> = {},
  ): Record<string, string> {
    const callees = serviceOf(service).calls.map((callee): [string, string] => [
      serviceOf(callee).urlSetting,
      downstreams[callee] ?? this.url(callee),
    ]);
    return { PORT: String(this.port(service)), ...Object.fromEntries(callees) };
  }

  /** The viewer's three port settings. */
  viewerEnv(): Record<string, string> {
    const { query, otlp, jaeger } = this.viewer;
    return {
      TRACE_VIEWER_QUERY_PORT: String(query),
      TRACE_VIEWER_OTLP_PORT: String(otlp),
      TRACE_VIEWER_JAEGER_PORT: String(jaeger),
    };
  }

  /** Every app's own settings, by app name: each service's `serviceEnv`, the viewer's ports. */
  appEnv(): Record<string, Record<string, string>> {
    return {
      [TRACE_VIEWER]: this.viewerEnv(),
      ...Object.fromEntries(SERVICE_NAMES.map((name) => [name, this.serviceEnv(name)])),
    };
  }

  /** Every service's URL under the setting that holds it (GATEWAY_URL, ...), and JAEGER_QUERY_URL. */
  urlSettings(): Record<string, string> {
    return {
      ...Object.fromEntries(SERVICES.map(({ name, urlSetting }) => [urlSetting, this.url(name)])),
      JAEGER_QUERY_URL: this.viewerUrl,
    };
  }

  /** Each default port of `npm start` with the port it moves to: services, admin, viewer. */
  portMap(): ReadonlyMap<number, number> {
    const defaults = [
      ...SERVICES.flatMap(({ port, adminPort }) => [port, adminPort]),
      ...Object.values(TRACE_BACKEND),
    ];
    return new Map(defaults.map((port) => [port, port + this.offset]));
  }
}
