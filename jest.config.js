// Jest does not read tsconfig paths, so the aliases are mapped here once for every project: the
// course's libraries (@app/*, libs/) and the workbench's (@tools/*, tools/libs/).
const moduleNameMapper = {
  '^@app/(telemetry|contracts|service-kit|faults|topology|clients)$': '<rootDir>/libs/$1/src',
  '^@app/(telemetry|contracts|service-kit|faults|topology|clients)/(.*)$':
    '<rootDir>/libs/$1/src/$2',
  '^@tools/(trace-model|load-generator|polling)$': '<rootDir>/tools/libs/$1/src',
  '^@tools/(trace-model|load-generator|polling)/(.*)$': '<rootDir>/tools/libs/$1/src/$2',
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
      testMatch: ['<rootDir>/{apps,libs,tools,test,docs}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,tools,test}/**/*.e2e-spec.ts'],
    },
  ],
};
