// Jest does not read tsconfig paths, so the @app/* aliases are mapped here once for every project.
const moduleNameMapper = {
  '^@app/(telemetry|contracts|service-kit|trace-model)$': '<rootDir>/libs/$1/src',
  '^@app/(telemetry|contracts|service-kit|trace-model)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

// SWC strips types without type-checking (`npm run typecheck` does that); Nest needs the
// decorator metadata it emits for constructor injection.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const shared = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,scripts,test,docs}/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,test}/**/*.e2e-spec.ts'],
    },
  ],
};
