import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICE_NAMES, serviceOf, TRACE_BACKEND } from '@app/topology';
import { builtEntryPoint } from '../tools/stack/stack-apps';

const ROOT = join(__dirname, '..');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const nestCli = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as {
  projects: Record<string, { type: string; sourceRoot: string; entryFile: string }>;
};

// The map (libs/topology) is what the compose file must agree with: names, ports, hops.
const NAMES = SERVICE_NAMES;
const OTLP_ENDPOINT = `http://jaeger:${TRACE_BACKEND.otlpHttpPort}`;

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

describe('docker-compose.yml', () => {
  it('has exactly Jaeger and the services of the map', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...NAMES, 'jaeger'].sort());
  });

  it.each(NAMES)('builds %s from the root Dockerfile with APP set to its nest-cli name', (name) => {
    expect(service(name).build).toEqual({
      context: '.',
      dockerfile: 'Dockerfile',
      args: { APP: name },
    });
    expect(nestCli.projects[name]).toMatchObject({
      type: 'application',
      sourceRoot: `apps/${name}/src`,
      entryFile: `apps/${name}/src/main`,
    });
  });

  it.each(NAMES)('runs %s on its default port, published as is', (name) => {
    const { port } = serviceOf(name);

    expect(service(name).environment?.PORT).toBe(String(port));
    expect(service(name).ports).toEqual([`${port}:${port}`]);
  });

  it.each(NAMES)('points %s at its downstream services by container name and port', (name) => {
    const urls = Object.fromEntries(
      Object.entries(service(name).environment ?? {}).filter(([key]) =>
        key.endsWith('_SERVICE_URL'),
      ),
    );
    const expected = Object.fromEntries(
      serviceOf(name).calls.map((callee) => [
        serviceOf(callee).urlSetting,
        `http://${callee}:${serviceOf(callee).port}`,
      ]),
    );

    expect(urls).toEqual(expected);
  });

  it.each(NAMES)('sends the spans of %s to Jaeger over OTLP/HTTP under its own name', (name) => {
    expect(service(name).environment).toMatchObject({
      OTEL_SERVICE_NAME: name,
      OTEL_EXPORTER_OTLP_ENDPOINT: OTLP_ENDPOINT,
    });
  });

  it.each(NAMES)('health-checks %s on /health and waits for healthy callees', (name) => {
    const { healthcheck, depends_on: dependsOn } = service(name);

    expect(healthcheck?.test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
    expect(healthcheck?.test[3]).toContain("process.env.PORT + '/health'");
    expect(dependsOn?.jaeger).toEqual({ condition: 'service_started' });
    for (const callee of serviceOf(name).calls) {
      expect(dependsOn?.[callee]).toEqual({ condition: 'service_healthy' });
    }
    expect(Object.keys(dependsOn ?? {}).sort()).toEqual(
      ['jaeger', ...serviceOf(name).calls].sort(),
    );
  });

  it('runs a pinned Jaeger 2.x with OTLP receivers and the UI published', () => {
    const jaeger = service('jaeger');

    expect(jaeger.image).toMatch(/^jaegertracing\/jaeger:2\.\d+\.\d+$/);
    const { queryPort, otlpHttpPort } = TRACE_BACKEND;
    expect(jaeger.ports).toEqual(
      expect.arrayContaining([
        `${queryPort}:${queryPort}`,
        '4317:4317',
        `${otlpHttpPort}:${otlpHttpPort}`,
      ]),
    );
    expect(jaeger.healthcheck?.test).toContain('http://127.0.0.1:13133/status');
  });
});

describe('Dockerfile', () => {
  it('declares ARG APP in the build and runtime stages and uses it for build, copy and start', () => {
    const stages = dockerfile.split(/^FROM /m).slice(1);

    expect(stages.map((stage) => stage.split('\n')[0])).toEqual([
      'node:24-slim AS build',
      'node:24-slim AS runtime',
    ]);
    for (const stage of stages) expect(stage).toMatch(/^ARG APP$/m);
    expect(stages[0]).toMatch(/^RUN npx nest build "\$APP"$/m);
    expect(stages[1]).toMatch(/^RUN npm ci --omit=dev/m);
    expect(stages[1]).toMatch(/^USER node$/m);
    expect(stages[1]).toContain('dist/apps/$APP/apps/$APP/src/main.js');
    expect(stages[1]).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
  });

  it('opens each container on all its interfaces, where services default to loopback', () => {
    const runtime = dockerfile.split(/^FROM /m)[2];
    expect(runtime).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
  });

  it('starts the entry point where nest build puts it for every app, as the launcher does', () => {
    for (const name of NAMES) {
      const { entryFile } = nestCli.projects[name];
      const started = 'dist/apps/$APP/apps/$APP/src/main.js'.replaceAll('$APP', name);
      expect(started).toBe(`dist/apps/${name}/${entryFile}.js`);
      expect(join(ROOT, started)).toBe(builtEntryPoint(name, ROOT));
    }
  });
});
