// `@app/contracts/traces`: the trees of manual spans each of the tutorial's requests must produce,
// the course's contract for its traces. Plain data, so the tools and tests read it without loading
// the request DTOs and their validators.
export * from './expected-tree.types';
export * from './expected-trees';
