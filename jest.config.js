// Jest does not read tsconfig paths, so the @app/* aliases are mapped here once for every project.
const moduleNameMapper = {
  '^@app/(telemetry|contracts|service-kit|trace-model|load|faults)$': '<rootDir>/libs/$1/src',
  '^@app/(telemetry|contracts|service-kit|trace-model|load|faults)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
};

// ts-jest transpiles each file on its own (tsconfig.spec.json sets isolatedModules; no type-checking:
// `npm run typecheck` does that) and keeps the decorator metadata Nest needs for constructor injection.
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
};

const shared = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      setupFiles: ['<rootDir>/test/support/quiet-request-logs.ts'],
      testMatch: ['<rootDir>/{apps,libs,scripts,test,docs,bench}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,test}/**/*.e2e-spec.ts'],
    },
  ],
};
