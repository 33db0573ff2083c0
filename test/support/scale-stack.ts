import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';

// Reads the scale-out stack's files as Compose, the Collector, Jaeger and Prometheus would, for
// the tests that check how they are wired together (nothing here starts a container).

export const ROOT = join(__dirname, '..', '..');
export const SCALE_DIR = join(ROOT, 'deploy', 'scale');

export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { resources?: { limits?: { cpus?: string; memory?: string } } };
  profiles?: string[];
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

/** The part of a Collector (or Jaeger 2.x) configuration that wires components together. */
export interface CollectorConfig {
  receivers?: Record<string, unknown>;
  processors?: Record<string, unknown>;
  exporters?: Record<string, unknown>;
  connectors?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
  service: {
    extensions?: string[];
    pipelines: Record<
      string,
      { receivers?: string[]; processors?: string[]; exporters?: string[] }
    >;
    telemetry?: { metrics?: { readers?: { pull?: { exporter?: { prometheus?: HostPort } } }[] } };
  };
}

export interface PrometheusConfig {
  scrape_configs: {
    job_name: string;
    metrics_path?: string;
    static_configs: { targets: string[] }[];
  }[];
}

interface HostPort {
  host: string;
  port: number;
}

/** Compose's `!override` and `!reset` tags, kept as markers so `mergeCompose` can apply them. */
class Override {
  constructor(readonly value: unknown) {}
}
class Reset {}
const COMPOSE_TAGS: Tags = [
  { tag: '!override', collection: 'seq', resolve: (seq) => new Override(seq.toJSON()) },
  { tag: '!override', collection: 'map', resolve: (map) => new Override(map.toJSON()) },
  { tag: '!override', resolve: (value: string) => new Override(value) },
  { tag: '!reset', resolve: () => new Reset() },
  { tag: '!reset', collection: 'seq', resolve: () => new Reset() },
  { tag: '!reset', collection: 'map', resolve: () => new Reset() },
];

// Compose replaces these sequences instead of appending to them (Compose specification, merge).
const REPLACED_SEQUENCES = new Set(['command', 'entrypoint', 'test']);

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unwrap(value: unknown): unknown {
  return value instanceof Override ? value.value : value;
}

/** Merges a Compose file over another by the Compose specification's rules for maps and lists. */
export function mergeCompose(base: unknown, overlay: unknown, key = ''): unknown {
  if (overlay instanceof Override) return overlay.value;
  if (isMap(base) && isMap(overlay)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [name, value] of Object.entries(overlay)) {
      if (value instanceof Reset) delete merged[name];
      else merged[name] = name in base ? mergeCompose(base[name], value, name) : unwrap(value);
    }
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(overlay) && !REPLACED_SEQUENCES.has(key)) {
    return [...base, ...overlay.filter((item) => !base.includes(item))];
  }
  return overlay;
}

export function readText(...path: string[]): string {
  return readFileSync(join(ROOT, ...path), 'utf8');
}

export function readYaml<T>(...path: string[]): T {
  // merge: docker-compose.yml shares its service settings through `<<: *service`.
  return parse(readText(...path), { customTags: COMPOSE_TAGS, merge: true }) as T;
}

export const baseCompose = readYaml<ComposeFile>('docker-compose.yml');
export const scaleOverlay = readYaml<ComposeFile>('deploy', 'scale', 'compose.yaml');
/** What `docker compose -f docker-compose.yml -f deploy/scale/compose.yaml config` describes. */
export const scaleCompose = mergeCompose(baseCompose, scaleOverlay) as ComposeFile;
export const collector = readYaml<CollectorConfig>('deploy', 'scale', 'collector.yaml');
export const jaeger = readYaml<CollectorConfig>('deploy', 'scale', 'jaeger.yaml');
export const prometheus = readYaml<PrometheusConfig>('deploy', 'scale', 'prometheus.yml');

export function service(name: string): ComposeService {
  const found = scaleCompose.services[name];
  if (!found) throw new Error(`the scale-out stack has no service ${name}`);
  return found;
}

/** Host and port of `host:port`, `http://host:port/path` or `:port` (all interfaces). */
export function hostPort(address: string): HostPort {
  const url = new URL(address.includes('://') ? address : `tcp://${address}`);
  return { host: url.hostname, port: Number(url.port) };
}

/** The names a pipeline uses that no section of the configuration defines. */
export function undefinedComponents(config: CollectorConfig): string[] {
  const defined = (...sections: (Record<string, unknown> | undefined)[]) =>
    new Set(sections.flatMap((section) => Object.keys(section ?? {})));
  const receivers = defined(config.receivers, config.connectors);
  const processors = defined(config.processors);
  const exporters = defined(config.exporters, config.connectors);
  const extensions = defined(config.extensions);
  return [
    ...(config.service.extensions ?? []).filter((name) => !extensions.has(name)),
    ...Object.entries(config.service.pipelines).flatMap(([pipeline, wiring]) =>
      [
        ...(wiring.receivers ?? []).filter((name) => !receivers.has(name)),
        ...(wiring.processors ?? []).filter((name) => !processors.has(name)),
        ...(wiring.exporters ?? []).filter((name) => !exporters.has(name)),
      ].map((name) => `${pipeline}: ${name}`),
    ),
  ];
}

/** The port a component listens on, from its `endpoint` setting. */
export function endpointPort(component: unknown): number {
  const endpoint = (component as { endpoint?: string } | undefined)?.endpoint;
  if (!endpoint) throw new Error(`no endpoint in ${JSON.stringify(component)}`);
  return hostPort(endpoint).port;
}

/** Every `[ip:]published:target` port mapping of a service, taken apart. */
export function publishedPorts(
  name: string,
): { host: string; published: number; target: number }[] {
  return (service(name).ports ?? []).map((mapping) => {
    const parts = mapping.split(':');
    const [target, published] = [Number(parts.pop()), Number(parts.pop())];
    return { host: parts.pop() ?? '0.0.0.0', published, target };
  });
}

/** The `host:port` targets of one scrape job of prometheus.yml. */
export function scrapeTargets(job: string): string[] {
  const config = prometheus.scrape_configs.find(({ job_name }) => job_name === job);
  if (!config) throw new Error(`prometheus.yml has no job ${job}`);
  return config.static_configs.flatMap(({ targets }) => targets);
}
