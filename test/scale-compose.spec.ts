import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT,
  SCALE_DIR,
  baseCompose,
  collector,
  endpointPort,
  hostPort,
  jaeger,
  publishedPorts,
  readText,
  scaleCompose,
  scaleOverlay,
  service,
} from './support/scale-stack';
import { defaultUrlSettings } from '../tools/trace/default-urls';

// docker-compose.yml + deploy/scale/compose.yaml, merged as Compose merges them: which services
// run, how they reach each other, what they publish, how each is health-checked.

const APPS = [
  'api-gateway',
  'user-service',
  'order-service',
  'database-service',
  'inventory-service',
];
const ADDED = ['otel-collector', 'opensearch', 'opensearch-retention', 'prometheus'];
// Ports the images listen on by default: OpenSearch's http.port, Prometheus's --web.listen-address.
const OPENSEARCH_PORT = 9200;
const PROMETHEUS_PORT = 9090;

function listenPort(name: string): number {
  return Number(service(name).environment?.PORT);
}

function healthcheckUrl(name: string): URL {
  const url = service(name).healthcheck?.test.find((arg) => arg.startsWith('http://'));
  if (!url) throw new Error(`${name} has no HTTP health check`);
  return new URL(url);
}

describe('scale-out stack: docker-compose.yml + deploy/scale/compose.yaml', () => {
  it('leaves the default stack alone: no profiles, no override file Compose would load itself', () => {
    expect(Object.keys(baseCompose.services).sort()).toEqual([...APPS, 'jaeger'].sort());
    for (const [name, settings] of Object.entries(baseCompose.services)) {
      expect({ name, profiles: settings.profiles }).toEqual({ name, profiles: undefined });
    }
    for (const file of ['docker-compose.override.yml', 'compose.override.yaml', 'compose.yaml']) {
      expect(existsSync(join(ROOT, file))).toBe(false);
    }
  });

  it('adds the Collector, OpenSearch, its retention job and Prometheus to the same services', () => {
    expect(Object.keys(scaleCompose.services).sort()).toEqual([...APPS, 'jaeger', ...ADDED].sort());
  });

  it.each(APPS)("sends the spans of %s to the Collector's OTLP/HTTP receiver", (name) => {
    const endpoint = hostPort(service(name).environment?.OTEL_EXPORTER_OTLP_ENDPOINT ?? '');
    const receiver = (collector.receivers?.otlp as { protocols: { http: unknown } }).protocols;

    expect(endpoint).toEqual({ host: 'otel-collector', port: endpointPort(receiver.http) });
    expect(service(name).depends_on?.['otel-collector']).toEqual({ condition: 'service_started' });
    expect(service(name).environment?.OTEL_SERVICE_NAME).toBe(name);
  });

  it.each(APPS)('keeps every URL %s calls on the port its callee listens on', (name) => {
    const urls = Object.entries(service(name).environment ?? {}).filter(([key]) =>
      key.endsWith('_SERVICE_URL'),
    );
    for (const [key, url] of urls) {
      const { host, port } = hostPort(url);
      expect({ key, port }).toEqual({ key, port: listenPort(host) });
    }
  });

  it('publishes only what a person at this machine uses, databases on 127.0.0.1 only', () => {
    const published = Object.fromEntries(
      Object.keys(scaleCompose.services).map((name) => [name, publishedPorts(name)]),
    );

    for (const name of APPS) {
      expect(published[name]).toEqual([
        { host: '0.0.0.0', published: listenPort(name), target: listenPort(name) },
      ]);
    }
    expect(published.jaeger).toEqual([{ host: '0.0.0.0', published: 16686, target: 16686 }]);
    expect(published['otel-collector']).toEqual([]);
    expect(published['opensearch-retention']).toEqual([]);
    expect(published.opensearch).toEqual([
      { host: '127.0.0.1', published: OPENSEARCH_PORT, target: OPENSEARCH_PORT },
    ]);
    expect(published.prometheus).toEqual([
      { host: '127.0.0.1', published: PROMETHEUS_PORT, target: PROMETHEUS_PORT },
    ]);
  });

  it("answers on test_traces.sh's default URLs (npm run trace -- urls), so it runs unchanged", () => {
    const defaults = defaultUrlSettings();
    const owners: Record<string, [string, number]> = {
      GATEWAY_URL: ['api-gateway', listenPort('api-gateway')],
      USER_SERVICE_URL: ['user-service', listenPort('user-service')],
      ORDER_SERVICE_URL: ['order-service', listenPort('order-service')],
      DATABASE_SERVICE_URL: ['database-service', listenPort('database-service')],
      INVENTORY_SERVICE_URL: ['inventory-service', listenPort('inventory-service')],
      JAEGER_QUERY_URL: [
        'jaeger',
        endpointPort((jaeger.extensions?.jaeger_query as { http: unknown }).http),
      ],
    };

    expect(defaults.map(([variable]) => variable)).toEqual(Object.keys(owners));
    for (const [variable, url] of defaults) {
      const { host, port } = hostPort(url);
      const [owner, listens] = owners[variable];
      const mapping = publishedPorts(owner).find(({ published }) => published === port);
      expect({ variable, host, target: mapping?.target }).toEqual({
        variable,
        host: 'localhost',
        target: listens,
      });
    }
  });

  it('pins every image to an exact release, the Collector and its probe in the Dockerfile', () => {
    const dockerfile = readText('deploy', 'scale', 'collector.Dockerfile');
    const images = [
      ...Object.values(scaleCompose.services).flatMap((settings) => settings.image ?? []),
      ...[...dockerfile.matchAll(/^FROM (\S+)/gm)].map(([, image]) => image),
    ];

    expect(images.sort()).toEqual(
      [
        'busybox:1.37.0-musl',
        'jaegertracing/jaeger:2.19.0',
        'opensearchproject/opensearch:3.3.2',
        'opensearchproject/opensearch:3.3.2',
        'otel/opentelemetry-collector-contrib:0.161.0',
        'prom/prometheus:v3.14.0',
      ].sort(),
    );
    expect(service('jaeger').image).toBe(baseCompose.services.jaeger.image);
  });

  it('starts in dependency order: OpenSearch, its retention policy, Jaeger, the Collector', () => {
    expect(service('opensearch-retention').depends_on).toEqual({
      opensearch: { condition: 'service_healthy' },
    });
    expect(service('jaeger').depends_on).toEqual({
      opensearch: { condition: 'service_healthy' },
      'opensearch-retention': { condition: 'service_completed_successfully' },
    });
    expect(service('otel-collector').depends_on).toEqual({
      jaeger: { condition: 'service_healthy' },
    });
  });

  it.each(ADDED.concat('jaeger'))('limits the CPU and memory of %s', (name) => {
    expect(service(name).deploy?.resources?.limits).toEqual({
      cpus: expect.stringMatching(/^\d+(\.\d+)?$/),
      memory: expect.stringMatching(/^\d+[MG]$/),
    });
  });

  it("gives OpenSearch a fixed heap of at most half its container's memory", () => {
    const options = service('opensearch').environment?.OPENSEARCH_JAVA_OPTS ?? '';
    const [, heapMiB] = /-Xmx(\d+)m/.exec(options) ?? [];
    const limit = service('opensearch').deploy?.resources?.limits?.memory ?? '';
    const limitMiB = Number.parseInt(limit, 10) * (limit.endsWith('G') ? 1024 : 1);

    expect(options).toContain(`-Xms${heapMiB}m`);
    expect(Number(heapMiB)).toBeGreaterThan(0);
    expect(Number(heapMiB) * 2).toBeLessThanOrEqual(limitMiB);
  });

  it('keeps OpenSearch and Prometheus data in named volumes, where each process writes', () => {
    expect(Object.keys(scaleOverlay.volumes ?? {}).sort()).toEqual([
      'opensearch-data',
      'prometheus-data',
    ]);
    expect(service('opensearch').volumes).toEqual(['opensearch-data:/usr/share/opensearch/data']);
    expect(service('prometheus').volumes).toContain('prometheus-data:/prometheus');
    expect(service('prometheus').command).toContain('--storage.tsdb.path=/prometheus');
  });

  it('mounts each configuration file, read-only, where its process is told to read it', () => {
    const mounts: [string, string | undefined][] = [
      ['otel-collector', service('otel-collector').command?.[0]?.replace('--config=', '')],
      ['jaeger', service('jaeger').command?.[1]],
      ['prometheus', service('prometheus').command?.[0]?.replace('--config.file=', '')],
    ];
    for (const [name, configPath] of mounts) {
      const mount = service(name).volumes?.find((volume) => volume.split(':')[1] === configPath);
      const [source, , mode] = mount?.split(':') ?? [];
      expect({ name, mode }).toEqual({ name, mode: 'ro' });
      expect(existsSync(join(ROOT, source))).toBe(true);
    }
    expect(service('jaeger').command).toEqual(['--config', '/etc/jaeger/config.yaml']);
  });

  it('builds the Collector from deploy/scale, whose Dockerfile puts BusyBox where the health check runs it', () => {
    const dockerfile = readText('deploy', 'scale', 'collector.Dockerfile');
    const [, stage] = /^FROM busybox:\S+-musl AS (\w+)$/m.exec(dockerfile) ?? [];
    const [, target] =
      new RegExp(`^COPY --from=${stage} /bin/busybox (\\S+)$`, 'm').exec(dockerfile) ?? [];
    const build = service('otel-collector').build;

    expect(join(ROOT, build?.context ?? '')).toBe(SCALE_DIR);
    expect(existsSync(join(SCALE_DIR, build?.dockerfile ?? ''))).toBe(true);
    expect(service('otel-collector').healthcheck?.test.slice(0, 3)).toEqual([
      'CMD',
      target,
      'wget',
    ]);
  });

  it("health-checks the Collector on its health_check extension's endpoint and path", () => {
    const extension = collector.extensions?.health_check as { endpoint: string; path?: string };
    const url = healthcheckUrl('otel-collector');

    expect(collector.service.extensions).toContain('health_check');
    expect(hostPort(extension.endpoint)).toEqual({ host: url.hostname, port: Number(url.port) });
    expect(url.pathname).toBe(extension.path ?? '/'); // the extension's default path
  });

  it('health-checks Jaeger on the status endpoint of the healthcheckv2 extension jaeger.yaml enables', () => {
    const extension = jaeger.extensions?.healthcheckv2 as {
      http: { endpoint: string; status: { enabled: boolean; path: string } };
    };
    const url = healthcheckUrl('jaeger');

    expect(jaeger.service.extensions).toContain('healthcheckv2');
    expect(hostPort(extension.http.endpoint)).toEqual({
      host: url.hostname,
      port: Number(url.port),
    });
    expect(extension.http.status).toEqual({ enabled: true, path: url.pathname });
  });

  it('health-checks OpenSearch and Prometheus on their own readiness APIs, with tools their images ship', () => {
    const opensearch = healthcheckUrl('opensearch');
    const prometheusReady = healthcheckUrl('prometheus');

    expect(service('opensearch').healthcheck?.test.slice(0, 2)).toEqual(['CMD', 'curl']);
    expect(`${opensearch.port}${opensearch.pathname}`).toBe(`${OPENSEARCH_PORT}/_cluster/health`);
    expect(opensearch.searchParams.get('wait_for_status')).toBe('yellow');
    expect(service('prometheus').healthcheck?.test.slice(0, 2)).toEqual(['CMD', 'wget']);
    expect(`${prometheusReady.port}${prometheusReady.pathname}`).toBe(`${PROMETHEUS_PORT}/-/ready`);
    expect(service('prometheus').command?.join(' ')).not.toContain('--web.listen-address');
  });
});
