import { ESLint } from 'eslint';
import { join } from 'node:path';

// The wing and layer rules of eslint.config.mjs, as `npm run lint` applies them: each case lints
// a planted file at a real path with the project's own configuration and reads the message the
// boundaries rule gives. The files are never written: ESLint reads the text given to it, and runs
// the boundaries rule alone, since the type-checked rules need files the compiler can find.

const ROOT = join(__dirname, '..');

jest.setTimeout(120_000);

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'boundaries/dependencies',
  });
});

/** The boundaries messages for `code` planted at `path` (relative to the repository root). */
async function boundaryMessages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = imported;\n`, {
    filePath: join(ROOT, path),
  });
  const fatal = result.messages.filter(({ fatal }) => fatal);
  if (fatal.length > 0) throw new Error(fatal.map(({ message }) => message).join('\n'));
  return result.messages
    .filter(({ ruleId }) => ruleId === 'boundaries/dependencies')
    .map(({ message }) => message);
}

describe('lint boundaries', () => {
  it.each([
    [
      'course-never-imports-workbench',
      'a service importing a workbench library',
      'apps/api-gateway/src/planted.ts',
      "import { drawOutline as imported } from '@tools/trace-model';",
      'course-never-imports-workbench: app must not import tools-lib',
    ],
    [
      'apps-never-import-apps',
      'a service importing another service',
      'apps/api-gateway/src/planted.ts',
      "import { UsersModule as imported } from '../../user-service/src/users/users.module';",
      'apps-never-import-apps: app api-gateway must not import app user-service',
    ],
    [
      'libs-never-import-apps',
      'a library importing a service',
      'libs/faults/src/planted.ts',
      "import { AppModule as imported } from '../../../apps/order-service/src/app.module';",
      'libs-never-import-apps: a lib must not import app order-service',
    ],
    [
      'workbench-takes-only-the-map-and-contracts',
      'a tool importing a course library that is not public',
      'tools/fault/planted.ts',
      "import { FaultEngine as imported } from '@app/faults';",
      'workbench-takes-only-the-map-and-contracts: tool must not import lib faults',
    ],
    [
      'workbench-takes-only-the-map-and-contracts (the attribute keys only)',
      'the span table importing the telemetry library beyond its attribute keys',
      'tools/docs/planted.ts',
      "import { TelemetryModule as imported } from '@app/telemetry';",
      'workbench-takes-only-the-map-and-contracts: tool must not import lib telemetry',
    ],
    [
      'workbench-takes-only-the-map-and-contracts (the floor)',
      "the benchmark's floor importing a course library",
      'tools/bench/overhead/floor/planted.ts',
      "import { TelemetryModule as imported } from '@app/telemetry';",
      'workbench-takes-only-the-map-and-contracts: the floor must not import lib telemetry',
    ],
    [
      'benchmarks-never-import-test-support',
      'a benchmark importing test support',
      'tools/bench/overhead/planted.ts',
      "import { TEST_PORTS as imported } from '../../../test/support/e2e-services';",
      'benchmarks-never-import-test-support: a benchmark must not import test',
    ],
    [
      'workbench-never-imports-tests',
      'a tool importing test support',
      'tools/stack/planted.ts',
      "import { httpCall as imported } from '../../test/support/http-call';",
      'workbench-never-imports-tests: tool must not import test',
    ],
    [
      'viewer-layers',
      "the viewer's model importing its store",
      'tools/trace-viewer/src/model/planted.ts',
      "import { TraceStore as imported } from '../store/trace-store';",
      'viewer-layers: viewer-model must not import viewer-store',
    ],
    [
      'viewer-layers (the browser)',
      "the viewer's browser UI importing a server-side library",
      'tools/trace-viewer/ui/src/planted.ts',
      "import { drawOutline as imported } from '@tools/trace-model';",
      'viewer-layers: the browser UI must not import tools-lib',
    ],
  ])('%s: rejects %s', async (_rule, _what, path, code, message) => {
    const messages = await boundaryMessages(path, code);
    expect(messages).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    [
      'a tool reading the map and the fault rule contract',
      'tools/fault/planted.ts',
      "import { SERVICES } from '@app/topology';\nimport { FAULT_KINDS } from '@app/contracts/faults';\nconst imported = [SERVICES, FAULT_KINDS];",
    ],
    [
      "the viewer reading the service kit's settings entry, made for apps that are not services",
      'tools/trace-viewer/src/config/planted.ts',
      "import { validateEnv as imported } from '@app/service-kit/config';",
    ],
    [
      "the span table reading the telemetry library's attribute keys, and nothing else of it",
      'tools/docs/planted.ts',
      "import { ATTR_USER_ID as imported } from '@app/telemetry/telemetry.attributes';",
    ],
    [
      "the benchmark's floor reading the SQL of the service it stands in for",
      'tools/bench/overhead/floor/database-service/planted.ts',
      "import { SCHEMA_SQL as imported } from '../../../../../apps/database-service/src/sql/schema';",
    ],
    [
      'a service reading the map',
      'apps/order-service/src/planted.ts',
      "import { serviceOf as imported } from '@app/topology';",
    ],
    [
      'a test reading the workbench and the course',
      'test/planted.spec.ts',
      "import { launchStack } from '../tools/stack/launch-stack';\nimport { serviceOf } from '@app/topology';\nconst imported = [launchStack, serviceOf];",
    ],
  ])('allows %s', async (_what, path, code) => {
    expect(await boundaryMessages(path, code)).toEqual([]);
  });
});
