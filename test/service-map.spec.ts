import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateEnv } from '@app/service-kit';
import { defaultServiceUrl, SERVICE_NAMES, type ServiceName, serviceOf } from '@app/topology';
import { TRACE_VIEWER } from '../tools/stack/stack-apps';

// The files that cannot import the map (libs/topology) but must agree with it: nest-cli.json,
// package.json, the apps/ folder, each service's settings class, and test_traces.sh's defaults.
// docker-compose.spec.ts holds docker-compose.yml against it.

const ROOT = join(__dirname, '..');
const readJson = <T>(file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;

const nestCli = readJson<{
  projects: Record<string, { type: string; root: string; entryFile: string; sourceRoot: string }>;
}>('nest-cli.json');
const packageJson = readJson<{ scripts: Record<string, string> }>('package.json');

/** The settings class a service exports from `src/config/*.env.ts`. */
function settingsClass(name: ServiceName): new () => object {
  const dir = join(ROOT, 'apps', name, 'src', 'config');
  const file = readdirSync(dir).find((entry) => entry.endsWith('.env.ts'));
  if (!file) throw new Error(`apps/${name}/src/config has no *.env.ts settings class`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(join(dir, file)) as Record<string, unknown>);
  return exported.find((value) => typeof value === 'function') as new () => object;
}

describe('the service map and the files that cannot import it', () => {
  it('apps/ holds exactly the services of the map', () => {
    const folders = readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it('nest-cli.json builds every service of the map from apps/, and the viewer from tools/', () => {
    const applications = Object.entries(nestCli.projects)
      .filter(([, project]) => project.type === 'application')
      .map(([name]) => name);
    expect(applications.sort()).toEqual([...SERVICE_NAMES, TRACE_VIEWER].sort());
    for (const name of SERVICE_NAMES) {
      expect(nestCli.projects[name]).toMatchObject({
        root: `apps/${name}`,
        sourceRoot: `apps/${name}/src`,
        entryFile: `apps/${name}/src/main`,
      });
    }
    expect(nestCli.projects[TRACE_VIEWER]).toMatchObject({
      root: `tools/${TRACE_VIEWER}`,
      entryFile: `tools/${TRACE_VIEWER}/src/main`,
    });
  });

  it('package.json starts each service on its own (npm run start:<service>)', () => {
    for (const name of [...SERVICE_NAMES, TRACE_VIEWER]) {
      expect(packageJson.scripts[`start:${name}`]).toBe(`nest start ${name}`);
    }
  });

  it.each(SERVICE_NAMES)(
    "%s's settings default to its port in the map and to each service it calls",
    (name) => {
      const settings = validateEnv(settingsClass(name))({}) as Record<string, unknown>;
      expect(settings.PORT).toBe(serviceOf(name).port);
      for (const callee of serviceOf(name).calls) {
        expect({ [serviceOf(callee).urlSetting]: settings[serviceOf(callee).urlSetting] }).toEqual({
          [serviceOf(callee).urlSetting]: defaultServiceUrl(callee),
        });
      }
    },
  );

  it('test_traces.sh takes its default URLs from the map (npm run trace -- urls), none of its own', () => {
    const script = readFileSync(join(ROOT, 'test_traces.sh'), 'utf8');
    expect(script).toContain('defaults=$(trace_cli urls)');
    expect(script.match(/https?:\/\/[\w.-]+:\d+/g)).toBeNull();
  });
});
