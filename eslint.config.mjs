// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The workspace's architecture, checked on every import. Elements are matched in this order and
// the first match wins: the trace viewer's layers before the apps and libs that contain them.
const VIEWER = 'apps/trace-viewer';
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
  // The browser UI: a separate bundle that may only read the API types.
  element('viewer-browser', `${VIEWER}/ui`),
  // main.ts, viewer.ts, config/: the composition root that wires the layers together.
  element('viewer-app', `${VIEWER}/src`),
  element('viewer-test', `${VIEWER}/test`),
  element('app', 'apps/*', ['app']),
  // The types the viewer answers and its browser UI reads: the one lib entry a browser may load.
  element('lib-api', 'libs/trace-model/src/api'),
  element('lib', 'libs/*', ['lib']),
];

const VIEWER_ALL = ['viewer-*'];
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

const policies = [
  {
    from: { element: { type: 'app' } },
    disallow: {
      to: { element: { types: { anyOf: ['app', ...VIEWER_ALL] } } },
    },
    message:
      'apps-never-import-apps: {{from.type}} {{from.captured.app}} must not import {{to.type}} {{to.captured.app}}; apps talk over HTTP and share code through libs.',
  },
  {
    from: { element: { types: { anyOf: VIEWER_ALL } } },
    disallow: { to: { element: { type: 'app' } } },
    message:
      'apps-never-import-apps: the trace viewer must not import {{to.type}} {{to.captured.app}}; apps talk over HTTP and share code through libs.',
  },
  {
    from: { element: { types: { anyOf: ['lib', 'lib-api'] } } },
    disallow: { to: { element: { types: { anyOf: ['app', ...VIEWER_ALL] } } } },
    message:
      'libs-never-import-apps: lib {{from.captured.lib}} must not import {{to.type}}; a lib is shared by apps and knows none of them.',
  },
  ...Object.entries(ABOVE).map(([layer, above]) => ({
    from: { element: { type: layer } },
    disallow: {
      to: {
        element: { types: { anyOf: [...above, 'viewer-browser', 'viewer-app', 'viewer-test'] } },
      },
    },
    message: LAYER_MESSAGE,
  })),
  {
    from: { element: { type: 'viewer-browser' } },
    disallow: {
      to: {
        element: { types: { anyOf: ['lib', ...VIEWER_ALL.filter((t) => t !== 'viewer-browser')] } },
      },
    },
    message:
      'viewer-layers: the browser UI must not import {{to.type}}; it reads the server only over HTTP, with the types of @app/trace-model/api.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'apps/trace-viewer/ui/dist/**',
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
      // Resolves the @app/* aliases (and the UI's) through the tsconfig files, as tsc does.
      'import/resolver': {
        typescript: {
          project: ['tsconfig.json', 'apps/trace-viewer/ui/tsconfig.json'],
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
