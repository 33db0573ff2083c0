import {
  collector,
  endpointPort,
  hostPort,
  jaeger,
  prometheus,
  readText,
  scaleCompose,
  scrapeTargets,
  service,
  undefinedComponents,
} from './support/scale-stack';

// deploy/scale/jaeger.yaml, prometheus.yml and opensearch/: complete pipelines, addresses that are
// Compose services on the ports they listen on, one retention for spans in OpenSearch and in
// Jaeger's searches, and the index and field names the scaling-out chapter queries.

interface OpenSearchStorage {
  server_urls: string[];
  create_mappings: boolean;
  max_span_age: string;
  indices: { index_prefix: string } & Record<string, { shards: number; replicas: number }>;
  tags_as_fields: { include: string; dot_replacement: string };
}

const CHAPTER = readText('docs/course/11-scaling-out.md');
const storage = (
  jaeger.extensions?.jaeger_storage as {
    backends: Record<string, { opensearch: OpenSearchStorage }>;
  }
).backends;

describe('deploy/scale/jaeger.yaml', () => {
  const [[backendName, { opensearch }]] = Object.entries(storage);

  it('defines every receiver, processor, exporter and extension it uses', () => {
    expect(undefinedComponents(jaeger)).toEqual([]);
  });

  it('writes and queries the same OpenSearch backend, at the port OpenSearch listens on', () => {
    const query = jaeger.extensions?.jaeger_query as { storage: { traces: string } };
    const writer = (jaeger.exporters as Record<string, { trace_storage: string }>)
      .jaeger_storage_exporter;
    const healthcheck = new URL(service('opensearch').healthcheck?.test.at(-1) ?? '');

    expect(Object.keys(storage)).toEqual([backendName]);
    expect([query.storage.traces, writer.trace_storage]).toEqual([backendName, backendName]);
    expect(opensearch.server_urls.map(hostPort)).toEqual([
      { host: 'opensearch', port: Number(healthcheck.port) },
    ]);
  });

  it('creates its index templates for one node: one shard, no replica', () => {
    expect(opensearch.create_mappings).toBe(true);
    for (const kind of ['spans', 'services', 'dependencies', 'sampling']) {
      expect({
        kind,
        shards: opensearch.indices[kind].shards,
        replicas: opensearch.indices[kind].replicas,
      }).toEqual({
        kind,
        shards: 1,
        replicas: 0,
      });
    }
  });

  it('searches back as far as the OpenSearch retention policy keeps its indices', () => {
    const policy = JSON.parse(
      readText('deploy', 'scale', 'opensearch', 'jaeger-retention.json'),
    ) as {
      policy: {
        states: { transitions: { conditions?: { min_index_age: string } }[] }[];
        ism_template: { index_patterns: string[] };
      };
    };
    const [days] = policy.policy.states.flatMap((state) =>
      state.transitions.map((t) => Number.parseInt(t.conditions?.min_index_age ?? '', 10)),
    );
    const patterns = policy.policy.ism_template.index_patterns.map(
      (pattern) => new RegExp(`^${pattern.replaceAll('*', '.*')}$`),
    );

    expect(`${days * 24}h`).toBe(opensearch.max_span_age);
    for (const index of ['span', 'service', 'dependencies', 'sampling']) {
      const name = `${opensearch.indices.index_prefix}-jaeger-${index}-2026-01-31`;
      expect({ name, managed: patterns.some((p) => p.test(name)) }).toEqual({
        name,
        managed: true,
      });
    }
  });

  it('stores business.client_id as the keyword field the scaling-out chapter searches', () => {
    const { include, dot_replacement: dot } = opensearch.tags_as_fields;
    const field = `tag.${'business.client_id'.replaceAll('.', dot)}`;

    expect(include.split(',')).toEqual(expect.arrayContaining(['business.client_id']));
    expect(CHAPTER).toContain(`/${opensearch.indices.index_prefix}-jaeger-span-*/_search`);
    expect(CHAPTER).toContain(`"term": { "${field}":`);
  });
});

describe('deploy/scale/prometheus.yml', () => {
  it('scrapes only Compose services, each on a port it listens on', () => {
    const listeners: Record<string, number[]> = {
      'otel-collector': [8888, endpointPort(collector.exporters?.prometheus)],
      jaeger: [
        jaeger.service.telemetry?.metrics?.readers?.[0].pull?.exporter?.prometheus?.port ?? 0,
      ],
    };
    for (const target of prometheus.scrape_configs.flatMap(({ job_name }) =>
      scrapeTargets(job_name),
    )) {
      const { host, port } = hostPort(target);
      const ports = listeners[host] ?? [Number(service(host).environment?.PORT)];
      expect({ target, listens: ports.includes(port) }).toEqual({ target, listens: true });
    }
  });

  it("scrapes every service's /metrics on the service's own port", () => {
    const job = prometheus.scrape_configs.find(({ job_name }) => job_name === 'services');
    const apps = Object.keys(scaleCompose.services).filter(
      (name) => service(name).build?.args?.APP,
    );

    expect(job?.metrics_path ?? '/metrics').toBe('/metrics');
    expect(scrapeTargets('services').sort()).toEqual(
      apps.map((name) => `${name}:${service(name).environment?.PORT}`).sort(),
    );
  });
});

describe('deploy/scale/opensearch/apply-retention.sh', () => {
  it('installs the policy file next to it, on the OpenSearch service, and the job runs it', () => {
    const script = readText('deploy', 'scale', 'opensearch', 'apply-retention.sh');
    const job = service('opensearch-retention');
    const [mountSource, mountTarget] = job.volumes?.[0].split(':') ?? [];

    expect(script).toContain('jaeger-retention.json');
    expect(hostPort(/OPENSEARCH_URL:-(\S+?)\}/.exec(script)?.[1] ?? '')).toEqual({
      host: 'opensearch',
      port: 9200,
    });
    expect(mountSource).toBe('./deploy/scale/opensearch');
    expect(job.entrypoint).toEqual(['bash', `${mountTarget}/apply-retention.sh`]);
    expect(job.image).toBe(service('opensearch').image);
  });
});
