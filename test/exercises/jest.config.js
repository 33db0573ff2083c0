// The exercise checks are not part of `npm test`: before a learner does an exercise its check
// fails on purpose. Run them with `npm run test:exercises -- <name>`.
const root = require('../../jest.config.js');

const { moduleNameMapper, transform } = root.projects[0];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  moduleNameMapper,
  transform,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/exercises/**/*.exercise.ts'],
  // Each check starts the services on the same ports, so they run one at a time.
  maxWorkers: 1,
  testTimeout: 120_000,
};
