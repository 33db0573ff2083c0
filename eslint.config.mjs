// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The workspace's architecture, checked on every import. Two wings: the course (the services in
// apps/ and the libraries in libs/) and the workbench (tools/: the trace viewer, the command-line
// tools, the benchmarks and the libraries only they use); the tests (test/, and each app's and the
// viewer's test/ folder) may read both. Elements are matched in this order and the first match
// wins: the viewer's layers before the workbench around them, a lib's public entries before libs.
const VIEWER = 'tools/trace-viewer';
const element = (type, pattern, capture) => ({
  type,
  pattern,
  ...(capture ? { capture } : {}),
  partialMatch: false,
  stopMatching: true,
});
const elements = [
  element('viewer-model', `${VIEWER}/src/model`),
  element('viewer-ingest', `${VIEWER}/src/ingest`),
  element('viewer-store', `${VIEWER}/src/store`),
  element('viewer-query', `${VIEWER}/src/query`),
  element('viewer-web', `${VIEWER}/src/web`),
  // The browser UI: a separate bundle that may only read the API types (and the map).
  element('viewer-browser', `${VIEWER}/ui`),
  // main.ts, viewer.ts, config/: the composition root that wires the layers together.
  element('viewer-app', `${VIEWER}/src`),
  element('viewer-test', `${VIEWER}/test`),
  // The benchmark's floor: the services' hops as plain Nest controllers, on their own SQL and seed.
  element('bench-floor', 'tools/bench/overhead/floor'),
  element('bench', 'tools/bench'),
  // The types the viewer answers and its browser UI reads: the one lib entry a browser may load.
  element('tools-lib-api', 'tools/libs/trace-model/src/api'),
  element('tools-lib', 'tools/libs/*', ['lib']),
  element('tool', 'tools/*', ['tool']),
  element('app-test', 'apps/*/test', ['app']),
  element('app', 'apps/*', ['app']),
  // What the course publishes to everyone: the map of the services, and the contracts (request
  // bodies, fault rules, the expected trace trees).
  element('topology', 'libs/topology'),
  element('contracts', 'libs/contracts'),
  // The service kit's two entries for Nest apps that are not services: validated settings, and
  // Nest's start-up lines at debug. The trace viewer is one such app.
  element('kit-entry', 'libs/service-kit/src/config'),
  element('kit-entry', 'libs/service-kit/src/logging'),
  element('lib', 'libs/*', ['lib']),
  element('test', 'test'),
];

const COURSE = ['app', 'lib', 'topology', 'contracts', 'kit-entry'];
const VIEWER_ALL = ['viewer-model', 'viewer-ingest', 'viewer-store', 'viewer-query', 'viewer-web'];
const VIEWER_SERVER = [...VIEWER_ALL, 'viewer-app'];
const WORKBENCH = [...VIEWER_SERVER, 'viewer-browser', 'tool', 'tools-lib', 'tools-lib-api'];
const TESTS = ['test', 'app-test', 'viewer-test'];
const ABOVE = {
  'viewer-model': ['viewer-ingest', 'viewer-store', 'viewer-query', 'viewer-web'],
  'viewer-ingest': ['viewer-store', 'viewer-query', 'viewer-web'],
  'viewer-store': ['viewer-ingest', 'viewer-query', 'viewer-web'],
  'viewer-query': ['viewer-ingest', 'viewer-web'],
  'viewer-web': ['viewer-ingest', 'viewer-store'],
};
const LAYER_MESSAGE =
  'viewer-layers: {{from.type}} must not import {{to.type}}. The trace viewer depends one way: ' +
  'model <- ingest, store <- query <- web; ingest and store never meet, and only main.ts, ' +
  'viewer.ts and config/ wire the layers together.';
const disallow = (from, to, message) => ({
  from: { element: { types: { anyOf: from } } },
  disallow: { to: { element: { types: { anyOf: to } } } },
  message,
});

const policies = [
  disallow(
    COURSE,
    [...WORKBENCH, 'bench', 'bench-floor', ...TESTS],
    'course-never-imports-workbench: {{from.type}} must not import {{to.type}}; the course ' +
      '(apps/, libs/) stands on its own, and the workbench (tools/) and the tests read it, never ' +
      'the other way round.',
  ),
  {
    from: { element: { type: 'app' } },
    disallow: { to: { element: { types: { anyOf: ['app', 'app-test'] } } } },
    message:
      'apps-never-import-apps: app {{from.captured.app}} must not import app {{to.captured.app}}; apps talk over HTTP and share code through libs.',
  },
  disallow(
    ['lib', 'topology', 'contracts', 'kit-entry'],
    ['app', 'app-test'],
    'libs-never-import-apps: a lib must not import app {{to.captured.app}}; a lib is shared by apps and knows none of them.',
  ),
  disallow(
    [...WORKBENCH, 'bench'],
    ['app', 'app-test', 'lib'],
    'workbench-takes-only-the-map-and-contracts: {{from.type}} must not import {{to.type}} ' +
      '{{to.captured.app}}{{to.captured.lib}}; from the course the workbench (tools/) takes only ' +
      '@app/topology and @app/contracts (and the kit entries @app/service-kit/config and ' +
      '/logging, for the viewer, and @app/telemetry/telemetry.attributes, for the span table), ' +
      'so the course can change inside without breaking it.',
  ),
  // The one file of a course library the workbench may read: the attribute keys the services'
  // spans carry, the course's published vocabulary, which the span table (tools/docs) lists as
  // it lists the expected trees. Later policies win, so this narrows the rule above.
  {
    from: { element: { types: { anyOf: ['tool'] } } },
    allow: {
      to: {
        element: {
          type: 'lib',
          captured: { lib: 'telemetry' },
          fileInternalPath: 'src/telemetry.attributes.ts',
        },
      },
    },
  },
  disallow(
    ['bench-floor'],
    ['lib'],
    'workbench-takes-only-the-map-and-contracts: the floor must not import lib ' +
      '{{to.captured.lib}}; it is the services without the course libraries, and takes from ' +
      "the course only the map, the contracts, and the services' SQL and seed it must match.",
  ),
  disallow(
    ['bench', 'bench-floor'],
    TESTS,
    'benchmarks-never-import-test-support: a benchmark must not import {{to.type}}; what it ' +
      'shares with the tests (the launcher, the ports) lives in the workbench, tools/stack.',
  ),
  disallow(
    WORKBENCH,
    TESTS,
    'workbench-never-imports-tests: {{from.type}} must not import {{to.type}}; tests read the ' +
      'workbench, never the other way round.',
  ),
  ...Object.entries(ABOVE).map(([layer, above]) =>
    disallow([layer], [...above, 'viewer-browser', 'viewer-app', 'viewer-test'], LAYER_MESSAGE),
  ),
  disallow(
    ['viewer-browser'],
    [...VIEWER_SERVER, 'tools-lib', 'tool', 'lib', 'contracts', 'kit-entry'],
    'viewer-layers: the browser UI must not import {{to.type}}; it reads the server only over HTTP, with the types of @tools/trace-model/api (and the map, @app/topology).',
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'tools/trace-viewer/ui/dist/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A lost promise is a lost span: both are errors, as the house style asks.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      // Resolves the @app/* and @tools/* aliases (and the UI's) through the tsconfig files, as tsc does.
      'import/resolver': {
        typescript: {
          project: ['tsconfig.json', 'tools/trace-viewer/ui/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // supertest and Nest's getHttpServer() are typed `any`; tests read bodies they assert on.
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
